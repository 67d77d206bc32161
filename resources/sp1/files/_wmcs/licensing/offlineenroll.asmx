<%@ WebService Language="C#" Class="Microsoft.DigitalRights.offlineenroll" %>
<!-- Windows Rights Management Services SP1 -->
