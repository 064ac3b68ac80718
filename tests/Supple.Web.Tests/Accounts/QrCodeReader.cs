using System.Globalization;
using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Reads the QR code of Supple's two-factor page the way a phone would, with an independent decoder (ZXing.Net): the
/// SVG's modules are drawn into a grey-scale bitmap (4 pixels a module) and decoded.
/// </summary>
public static partial class QrCodeReader
{
    public static string Decode(string svg)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        const int scale = 4;
        var pixels = Enumerable.Repeat((byte)255, size * scale * size * scale).ToArray();
        foreach (Match module in Module().Matches(PathData().Match(svg).Groups[1].Value))
        {
            var x = int.Parse(module.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(module.Groups[2].Value, CultureInfo.InvariantCulture);
            for (var dy = 0; dy < scale; dy++)
            {
                Array.Fill(pixels, (byte)0, (((y * scale) + dy) * size * scale) + (x * scale), scale);
            }
        }

        var source = new RGBLuminanceSource(pixels, size * scale, size * scale, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object>
        {
            [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        });
        Assert.True(result is not null, "The QR code could not be read.");
        return result.Text;
    }

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\d+\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("<path fill=\"#000\" d=\"([^\"]*)\"")]
    private static partial Regex PathData();

    [GeneratedRegex(@"M(\d+) (\d+)h1v1h-1z")]
    private static partial Regex Module();
}
