using QRCoder;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Account;

/// <summary>
/// The otpauth:// URI as a QR code PNG in a data: URI, drawn on the server: no script and no third-party service
/// sees the secret, and the CSP allows data: images.
/// </summary>
public static class AuthenticatorQrCode
{
    /// <summary>The image source for <paramref name="otpauthUri"/>.</summary>
    public static string DataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(5));
    }
}
