using System.Globalization;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>Parses and checks the level and the stretch selection of a routine, collecting field errors.</summary>
internal static class RoutineRequest
{
    public const int MaxOnlyIds = 20;

    public static DosageLevel ParseLevel(string? level, Dictionary<string, string[]> errors, string field = "level")
    {
        if (string.IsNullOrWhiteSpace(level))
        {
            return DosageLevel.Standard;
        }

        if (!int.TryParse(level, out _) && Enum.TryParse<DosageLevel>(level.Trim(), ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors[field] = [ApiText.Get(ApiText.FieldLevelOneOf)];
        return DosageLevel.Standard;
    }

    public static IReadOnlyList<string> ParseOnly(IEnumerable<string>? only, Programme programme, Dictionary<string, string[]> errors)
    {
        if (only is null)
        {
            return [];
        }

        var ids = only
            .SelectMany(o => (o ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count > MaxOnlyIds)
        {
            errors["only"] = [ApiText.Format(ApiText.FieldAtMostIds, ("max", MaxOnlyIds.ToString(CultureInfo.InvariantCulture)))];
            return [];
        }

        var unknown = ids.Where(id => programme.FindStretch(id) is null).ToList();
        if (unknown.Count > 0)
        {
            errors["only"] =
            [
                ApiText.Format(ApiText.FieldUnknownStretchIds, ("count", unknown.Count), ("unknown", string.Join(", ", unknown.Select(Shorten))),
                    ("known", string.Join(", ", programme.Stretches.Select(s => s.Id)))),
            ];
            return [];
        }

        return ids;
    }

    /// <summary>Keeps echoed user input short, so a huge bad value cannot make a huge error response.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
