using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Supple.Core.Content;

namespace Supple.Data;

/// <summary>
/// Says what is wrong with a JSON document in its own terms, from the <see cref="JsonException"/> a strict reader
/// threw and the type it was reading: the member it is about (<c>stretches[2].repsDone</c>) and a message that names
/// what was expected, or the close known name of a mistyped member. Never a .NET type name. The API's request bodies
/// and <c>supple import</c>'s JSON files are explained by it.
/// </summary>
public static class JsonErrorText
{
    public const string DateTimeText =
        "a date and time with its offset (ISO 8601), e.g. 2026-11-20T09:00:00+01:00 or 2026-11-20T08:00:00Z";

    /// <summary>The field (<paramref name="root"/> for the whole document) and the message for it.</summary>
    public static (string Field, string Message) Describe(JsonException exception, Type? bodyType, JsonSerializerOptions options, string root = "body")
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(options);
        var segments = JsonPath.Parse(exception.Path);
        var field = JsonPath.Format(segments);
        if (field.Length == 0)
        {
            field = root;
        }

        var current = bodyType is null ? null : TypeInfo(options, bodyType);
        for (var i = 0; i < segments.Count && current is not null; i++)
        {
            if (segments[i].Name is { } name)
            {
                if (current.Kind != JsonTypeInfoKind.Object)
                {
                    current = null;
                    break;
                }

                var property = current.Properties.FirstOrDefault(p => string.Equals(
                    p.Name, name, options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
                if (property is null)
                {
                    return i == segments.Count - 1 ? (field, Unknown(name, current)) : (field, Malformed(exception));
                }

                current = TypeInfo(options, property.PropertyType);
            }
            else
            {
                current = current.ElementType is { } element ? TypeInfo(options, element) : null;
            }
        }

        if (current is { Kind: JsonTypeInfoKind.Object } && exception.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            // The framework lists the missing members' JSON names in quotes; only names the type has are repeated.
            var missing = current.Properties.Where(p => p.IsRequired && exception.Message.Contains($"'{p.Name}'", StringComparison.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                var prefix = field == root ? "" : field + ".";
                return (prefix + missing[0].Name, $"'{missing[0].Name}' is required.");
            }
        }

        if (exception.Message.Contains("doesn't allow null", StringComparison.Ordinal) || exception.Message.Contains("does not allow null", StringComparison.Ordinal))
        {
            return (field, "This member cannot be null.");
        }

        if (exception.Message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return (field, "This member is given twice; give it once.");
        }

        if (current is not null && exception.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (field, segments.Count == 0 ? $"The body must be {Expected(current, options)}." : $"This must be {Expected(current, options)}.");
        }

        return (field, Malformed(exception));
    }

    /// <summary>What a value of the type looks like in JSON, e.g. "a whole number", "true or false", "an array of strings".</summary>
    internal static string Expected(JsonTypeInfo info, JsonSerializerOptions options)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            return "a whole number";
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return DateTimeText;
        }

        if (type == typeof(TimeOnly))
        {
            return "a time of day, HH:mm";
        }

        if (type.IsEnum)
        {
            var policy = options.PropertyNamingPolicy ?? JsonNamingPolicy.CamelCase;
            return "one of: " + string.Join(", ", Enum.GetNames(type).Select(policy.ConvertName));
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable when info.ElementType is { } element => "an array of " + Plural(Expected(TypeInfo(options, element)!, options)),
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            _ => "a JSON value of another kind",
        };
    }

    private static string Unknown(string name, JsonTypeInfo owner)
    {
        var known = owner.Properties.Select(p => p.Name).ToList();
        var shown = name.Length <= 40 ? name : name[..40] + "…";
        return NameSuggester.NearestMember(name, known) is { } near
            ? $"Unknown member '{shown}'. Did you mean '{near}'?"
            : $"Unknown member '{shown}'. The members are: {string.Join(", ", known)}.";
    }

    private static string Malformed(JsonException exception)
    {
        var where = exception.LineNumber is { } line && exception.BytePositionInLine is { } column
            ? $" (line {line + 1}, byte {column + 1})"
            : "";
        return $"The JSON is malformed or cut short here{where}.";
    }

    private static string Plural(string expected) => expected switch
    {
        "a whole number" => "whole numbers",
        "a number" => "numbers",
        "a string" => "strings",
        "an object" => "objects",
        "true or false" => "true or false values",
        _ => "values (each " + expected + ")",
    };

    private static JsonTypeInfo? TypeInfo(JsonSerializerOptions options, Type type)
    {
        try
        {
            return options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The parts of a System.Text.Json path (<c>$.stretches[2]['odd name']</c>): member names and indexes.</summary>
    internal static class JsonPath
    {
        public static IReadOnlyList<(string? Name, int? Index)> Parse(string? path)
        {
            var segments = new List<(string?, int?)>();
            if (string.IsNullOrEmpty(path) || path[0] != '$')
            {
                return segments;
            }

            var i = 1;
            while (i < path.Length)
            {
                if (path[i] == '.')
                {
                    var end = i + 1;
                    while (end < path.Length && path[end] is not ('.' or '['))
                    {
                        end++;
                    }

                    segments.Add((path[(i + 1)..end], null));
                    i = end;
                }
                else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        break;
                    }

                    segments.Add((path[(i + 2)..end], null));
                    i = end + 2;
                }
                else if (path[i] == '[')
                {
                    var end = path.IndexOf(']', i);
                    if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), out var index))
                    {
                        break;
                    }

                    segments.Add((null, index));
                    i = end + 1;
                }
                else
                {
                    break;
                }
            }

            return segments;
        }

        /// <summary>The field name as the API's validation errors write it: <c>stretches[2].repsDone</c>.</summary>
        public static string Format(IReadOnlyList<(string? Name, int? Index)> segments)
        {
            var text = new StringBuilder();
            foreach (var (name, index) in segments)
            {
                if (name is not null)
                {
                    text.Append(text.Length == 0 ? "" : ".").Append(name);
                }
                else
                {
                    text.Append('[').Append(index).Append(']');
                }
            }

            return text.ToString();
        }
    }
}
