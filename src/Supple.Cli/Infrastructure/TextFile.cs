using System.Text;
using Supple.Core.Localization;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Reads a text file a person wrote, whatever editor saved it: UTF-8 (with or without a byte-order mark), UTF-16 and
/// UTF-32 by their byte-order marks, and UTF-16 without one (Windows "Unicode" files saved by some tools), told by
/// the zero bytes every ASCII character has in it. Anything else must be valid UTF-8.
/// </summary>
internal static class TextFile
{
    public static string Read(string path) => Decode(File.ReadAllBytes(path), path);

    internal static string Decode(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Utf8(bytes.AsSpan(3), path);
        }

        if (bytes is [0xFF, 0xFE, 0, 0, ..])
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4);
        }

        if (bytes is [0, 0, 0xFE, 0xFF, ..])
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 4 && bytes.Length % 2 == 0)
        {
            // ASCII text in UTF-16 has a zero in every other byte: at odd places little-endian, at even big-endian.
            var pairs = bytes.Length / 2;
            var oddZeros = 0;
            var evenZeros = 0;
            for (var i = 0; i < bytes.Length; i += 2)
            {
                evenZeros += bytes[i] == 0 ? 1 : 0;
                oddZeros += bytes[i + 1] == 0 ? 1 : 0;
            }

            if (oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs)
            {
                return Encoding.Unicode.GetString(bytes);
            }

            if (evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs)
            {
                return Encoding.BigEndianUnicode.GetString(bytes);
            }
        }

        return Utf8(bytes, path);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string path)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException(Resources.CliText.Localizer.Format(Resources.CliText.FileNotText, ("path", path)));
        }
    }
}
