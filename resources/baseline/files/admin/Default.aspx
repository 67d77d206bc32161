<%@ Page Language="C#" Inherits="Microsoft.DigitalRights.Admin.Default" %>
<html><head><title>Windows RMS Administration</title></head>
<body><!-- administration site, 1.0 --></body></html>
