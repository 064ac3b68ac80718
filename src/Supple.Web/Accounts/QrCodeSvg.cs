using System.Globalization;
using System.Text;
using QRCoder;

namespace Supple.Web.Accounts;

/// <summary>
/// A QR code as an inline SVG (QRCoder makes the modules; the SVG is a single path, with no style attribute, so the
/// page's content security policy allows it): what an authenticator app scans to add Supple.
/// </summary>
public static class QrCodeSvg
{
    public static string Render(string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = data.ModuleMatrix[y];
            for (var x = 0; x < size; x++)
            {
                if (row[x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var encodedLabel = System.Net.WebUtility.HtmlEncode(label);
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{encodedLabel}\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }
}
