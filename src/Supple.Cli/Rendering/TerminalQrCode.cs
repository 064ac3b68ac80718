using System.Text;
using QRCoder;

namespace Supple.Cli.Rendering;

/// <summary>
/// A QR code drawn in the terminal with half blocks, two modules a character high, black on white whatever the
/// terminal's own colours (a phone's camera reads dark modules on a light ground).
/// </summary>
internal static class TerminalQrCode
{
    private const string BlackOnWhite = "\u001b[30;107m";
    private const string Reset = "\u001b[0m";

    public static string Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var output = new StringBuilder();
        for (var y = 0; y < size; y += 2)
        {
            output.Append(BlackOnWhite);
            for (var x = 0; x < size; x++)
            {
                var top = matrix[y][x];
                var bottom = y + 1 < size && matrix[y + 1][x];
                output.Append((top, bottom) switch
                {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    _ => ' ',
                });
            }

            output.Append(Reset).Append('\n');
        }

        return output.ToString();
    }
}
