<%@ WebService Language="C#" Class="Microsoft.DigitalRights.license" %>
<!-- Windows Rights Management Services 1.0 -->
