using System.Text;
using System.Text.Json;

namespace Supple.Data;

/// <summary>
/// Finds the line of an export file a field is on (<c>sessions[2].startedAt</c>), so an error found after reading
/// can name the line as well as the field: in JSON, the line of the member (or of the nearest enclosing one); in CSV,
/// the line of the row the field belongs to.
/// </summary>
internal static class ExportLines
{
    public static int? LineOf(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.Length > 0 && start[0] == '{' ? JsonLine(text, field) : ExportCsv.LineOf(text, field);
    }

    private static int? JsonLine(string json, string field)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new List<Frame>();
        int? best = null;
        var bestLength = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Name = reader.GetString();
                        Consider(Path(frames), reader.TokenStartIndex);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1].Index++;
                            Consider(Path(frames), reader.TokenStartIndex);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A file the reader cannot finish was refused before any field check; whatever was found is kept.
        }

        return best;

        void Consider(string path, long offset)
        {
            // The exact member, or else the longest enclosing one (a record for a field the file leaves out).
            var matches = path == field || field.StartsWith(path + ".", StringComparison.Ordinal) || field.StartsWith(path + "[", StringComparison.Ordinal);
            if (matches && path.Length > bestLength)
            {
                bestLength = path.Length;
                best = 1 + bytes.AsSpan(0, (int)offset).Count((byte)'\n');
            }
        }
    }

    private static string Path(List<Frame> frames)
    {
        var text = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                text.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is not null)
            {
                text.Append(text.Length == 0 ? "" : ".").Append(frame.Name);
            }
        }

        return text.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public string? Name { get; set; }

        public int Index { get; set; } = -1;
    }
}
