using System.Globalization;
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
    /// <summary>What a date and time with its offset looks like, with examples, in the current UI culture.</summary>
    public static string DateTimeText => ImportText.Format(ImportText.JsonDateTime);

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
                return (prefix + missing[0].Name, ImportText.Format(ImportText.JsonRequired, ("name", missing[0].Name)));
            }
        }

        if (exception.Message.Contains("doesn't allow null", StringComparison.Ordinal) || exception.Message.Contains("does not allow null", StringComparison.Ordinal))
        {
            return (field, ImportText.Format(ImportText.JsonNotNull));
        }

        if (exception.Message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return (field, ImportText.Format(ImportText.JsonTwice));
        }

        if (current is not null && exception.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (field, ImportText.Format(segments.Count == 0 ? ImportText.JsonBodyMustBe : ImportText.JsonMustBe, ("expected", Expected(current, options))));
        }

        return (field, Malformed(exception));
    }

    /// <summary>What a value of the type looks like in JSON, e.g. "a whole number", "true or false", "an array of strings".</summary>
    internal static string Expected(JsonTypeInfo info, JsonSerializerOptions options)
    {
        var (key, argument) = Kind(info, options);
        return argument.Name is null ? ImportText.Format(key) : ImportText.Format(key, argument);
    }

    /// <summary>The key of the kind of value the type is, with the argument its pattern takes (an enum's names, an array's items).</summary>
    private static (string Key, (string Name, object? Value) Argument) Kind(JsonTypeInfo info, JsonSerializerOptions options)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            return (ImportText.JsonWholeNumber, default);
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return (ImportText.JsonNumber, default);
        }

        if (type == typeof(bool))
        {
            return (ImportText.JsonBoolean, default);
        }

        if (type == typeof(string))
        {
            return (ImportText.JsonString, default);
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return (ImportText.JsonDateTime, default);
        }

        if (type == typeof(TimeOnly))
        {
            return (ImportText.JsonTimeOfDay, default);
        }

        if (type.IsEnum)
        {
            var policy = options.PropertyNamingPolicy ?? JsonNamingPolicy.CamelCase;
            return (ImportText.JsonOneOf, ("values", string.Join(", ", Enum.GetNames(type).Select(policy.ConvertName))));
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable when info.ElementType is { } element => (ImportText.JsonArrayOf, ("items", Items(TypeInfo(options, element)!, options))),
            JsonTypeInfoKind.Enumerable => (ImportText.JsonArray, default),
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => (ImportText.JsonObject, default),
            _ => (ImportText.JsonOtherKind, default),
        };
    }

    /// <summary>The items of an array of the type: "whole numbers", "strings", "values (each a time of day, HH:mm)".</summary>
    private static string Items(JsonTypeInfo info, JsonSerializerOptions options) => Kind(info, options).Key switch
    {
        ImportText.JsonWholeNumber => ImportText.Format(ImportText.JsonWholeNumbers),
        ImportText.JsonNumber => ImportText.Format(ImportText.JsonNumbers),
        ImportText.JsonString => ImportText.Format(ImportText.JsonStrings),
        ImportText.JsonObject => ImportText.Format(ImportText.JsonObjects),
        ImportText.JsonBoolean => ImportText.Format(ImportText.JsonBooleans),
        _ => ImportText.Format(ImportText.JsonEachValue, ("expected", Expected(info, options))),
    };

    private static string Unknown(string name, JsonTypeInfo owner)
    {
        var known = owner.Properties.Select(p => p.Name).ToList();
        var shown = name.Length <= 40 ? name : name[..40] + "…";
        return NameSuggester.NearestMember(name, known) is { } near
            ? ImportText.Format(ImportText.JsonUnknownDidYouMean, ("name", shown), ("near", near))
            : ImportText.Format(ImportText.JsonUnknownMembers, ("name", shown), ("known", string.Join(", ", known)));
    }

    private static string Malformed(JsonException exception) =>
        exception.LineNumber is { } line && exception.BytePositionInLine is { } column
            ? ImportText.Format(ImportText.JsonMalformedAt,
                ("line", (line + 1).ToString(CultureInfo.InvariantCulture)), ("column", (column + 1).ToString(CultureInfo.InvariantCulture)))
            : ImportText.Format(ImportText.JsonMalformed);

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
