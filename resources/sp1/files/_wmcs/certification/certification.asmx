<%@ WebService Language="C#" Class="Microsoft.DigitalRights.certification" %>
<!-- Windows Rights Management Services 1.0 -->
