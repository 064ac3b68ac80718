using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supple.Data;

/// <summary>
/// Reads a <see cref="DateTimeOffset"/> only from an ISO 8601 date and time that states its offset (<c>Z</c> or
/// <c>±hh:mm</c>): without one, the same text means different instants on different servers, so it is refused
/// rather than guessed (the JsonException without a message gets the framework's, with the path, and
/// <see cref="JsonErrorText"/> says what was expected). Writes the framework's ISO 8601 form, which always has its offset.
/// </summary>
public sealed class OffsetRequiredConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException();
        }

        var text = reader.GetString() ?? "";
        if (!HasOffset(text) || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException();
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>True when the text ends with <c>Z</c> or a <c>±hh:mm</c> offset after a time (a <c>T</c>).</summary>
    public static bool HasOffset(string text)
    {
        var t = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (t < 0)
        {
            return false;
        }

        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }

        return text.Length - t > 6
            && text[^6] is '+' or '-'
            && text[^3] == ':'
            && int.TryParse(text.AsSpan(text.Length - 5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && int.TryParse(text.AsSpan(text.Length - 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
