<%@ WebService Language="C#" Class="Microsoft.DigitalRights.publish" %>
<!-- Windows Rights Management Services 1.0 -->
