using System.Globalization;
using Supple.Core.History;

namespace Supple.Data;

/// <summary>
/// Checks every field of an export document before anything is imported: that it is well formed and, with
/// <see cref="ImportRules"/>, that it could be true (no time in the future beyond the clock skew or before 2000, known
/// time zones, each session's day the day it started in its time zone, known stretch ids).
/// </summary>
public static class ExportValidator
{
    /// <summary>Every problem found, each as <c>field: message</c> naming its field (e.g. <c>sessions[3].painBefore</c>).</summary>
    public static IReadOnlyList<string> Validate(ExportDocument document) => Validate(document, null, default);

    /// <summary>Every problem found, the plausibility rules included when <paramref name="rules"/> is given.</summary>
    public static IReadOnlyList<string> Validate(ExportDocument document, ImportRules? rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        var check = rules is null ? null : new Plausibility(rules, now, errors);
        if (!string.Equals(document.Format, ExportDocument.FormatName, StringComparison.Ordinal))
        {
            Add(errors, "format", ImportText.CheckFormat, ("expected", ExportDocument.FormatName), ("found", document.Format));
        }

        if (document.Version is < 1 or > ExportDocument.CurrentVersion)
        {
            Add(errors, "version", ImportText.CheckVersion, ("version", document.Version.ToString(CultureInfo.InvariantCulture)), ("current", ExportDocument.CurrentVersion.ToString(CultureInfo.InvariantCulture)));
        }

        if (document.Sessions is null)
        {
            Add(errors, "sessions", ImportText.CheckMissing);
        }
        else
        {
            var ids = new HashSet<Guid>();
            for (var i = 0; i < document.Sessions.Count; i++)
            {
                ValidateSession(document.Sessions[i], $"sessions[{i}]", ids, errors);
                check?.Session(document.Sessions[i], $"sessions[{i}]");
            }
        }

        if (document.PainEntries is null)
        {
            Add(errors, "painEntries", ImportText.CheckMissing);
        }
        else
        {
            var ids = new HashSet<Guid>();
            for (var i = 0; i < document.PainEntries.Count; i++)
            {
                var p = document.PainEntries[i];
                var at = $"painEntries[{i}]";
                if (p is null)
                {
                    Add(errors, at, ImportText.CheckEmpty);
                    continue;
                }

                Id(p.Id, at, ids, errors);
                Pain(p.Score, $"{at}.score", errors);
                if (p.Area is not null && !BodyAreas.TryParse(p.Area, out _))
                {
                    Add(errors, $"{at}.area", ImportText.CheckUnknownArea, ("area", p.Area), ("known", string.Join(", ", BodyAreas.All)));
                }

                Note(p.Note, $"{at}.note", errors);
                Instant(p.At, $"{at}.at", errors);
                check?.Time(p.At, $"{at}.at");
            }
        }

        check?.Time(document.ExportedAt, "exportedAt");
        check?.Zone(document.TimeZone, "timeZone");
        return errors;
    }

    /// <summary>Throws <see cref="ImportFormatException"/> naming the first problems, when there are any.</summary>
    public static void ThrowIfInvalid(ExportDocument document) => ThrowIfInvalid(document, null, default);

    /// <summary>
    /// Throws <see cref="ImportFormatException"/> naming the first problems (with the plausibility rules when
    /// <paramref name="rules"/> is given), each with its line when <paramref name="lineOf"/> can find it.
    /// </summary>
    public static void ThrowIfInvalid(ExportDocument document, ImportRules? rules, DateTimeOffset now, Func<string, int?>? lineOf = null)
    {
        var errors = Validate(document, rules, now);
        if (errors.Count > 0)
        {
            var located = string.Join("; ", errors.Take(5).Select(e => lineOf?.Invoke(e.Split(':', 2)[0]) is { } line
                ? ImportText.Format(ImportText.AtLineOf, ("line", line.ToString(CultureInfo.InvariantCulture)), ("problem", e))
                : e));
            throw new ImportFormatException(errors.Count > 5
                ? ImportText.Format(ImportText.FileNotImportedMore, ("problems", located), ("more", (errors.Count - 5).ToString(CultureInfo.InvariantCulture)))
                : ImportText.Format(ImportText.FileNotImported, ("problems", located)));
        }
    }

    private static void ValidateSession(ExportedSession s, string at, HashSet<Guid> ids, List<string> errors)
    {
        if (s is null)
        {
            Add(errors, at, ImportText.CheckEmpty);
            return;
        }

        Id(s.Id, at, ids, errors);
        Instant(s.StartedAt, $"{at}.startedAt", errors);
        if (s.EndedAt is { } end && end < s.StartedAt)
        {
            Add(errors, $"{at}.endedAt", ImportText.CheckEndBeforeStart);
        }

        Text(s.TimeZone, $"{at}.timeZone", 100, errors);
        Text(s.Programme, $"{at}.programme", 200, errors);
        if (!StoredNames.TryLevel(s.Level, out _))
        {
            Add(errors, $"{at}.level", ImportText.CheckLevel, ("value", s.Level));
        }

        if (!StoredNames.TrySource(s.Source, out _))
        {
            Add(errors, $"{at}.source", ImportText.CheckSource, ("value", s.Source));
        }

        if (!StoredNames.TryOutcome(s.Outcome, out _))
        {
            Add(errors, $"{at}.outcome", ImportText.CheckOutcome, ("value", s.Outcome));
        }

        if (s.PainBefore is { } before)
        {
            Pain(before, $"{at}.painBefore", errors);
        }

        if (s.PainAfter is { } after)
        {
            Pain(after, $"{at}.painAfter", errors);
        }

        if (s.HurtStretch is not null && s.HurtStretch.Length is 0 or > 100)
        {
            Add(errors, $"{at}.hurtStretch", ImportText.CheckHurtStretchLength);
        }

        if (s.HurtSide is not null && !StoredNames.TrySide(s.HurtSide, out _))
        {
            Add(errors, $"{at}.hurtSide", ImportText.CheckSide, ("value", s.HurtSide));
        }

        Note(s.Note, $"{at}.note", errors);
        if (s.Stretches is null)
        {
            Add(errors, $"{at}.stretches", ImportText.CheckMissing);
            return;
        }

        for (var j = 0; j < s.Stretches.Count; j++)
        {
            var r = s.Stretches[j];
            var rat = $"{at}.stretches[{j}]";
            if (r is null)
            {
                Add(errors, rat, ImportText.CheckEmpty);
                continue;
            }

            Text(r.Stretch, $"{rat}.stretch", 100, errors);
            if (!StoredNames.TrySide(r.Side, out _))
            {
                Add(errors, $"{rat}.side", ImportText.CheckSide, ("value", r.Side));
            }

            NonNegative(r.RepsDone, $"{rat}.repsDone", errors);
            NonNegative(r.SetsDone, $"{rat}.setsDone", errors);
            NonNegative(r.SecondsHeld, $"{rat}.secondsHeld", errors);
        }
    }

    private static void Id(Guid id, string at, HashSet<Guid> ids, List<string> errors)
    {
        if (id == Guid.Empty)
        {
            Add(errors, $"{at}.id", ImportText.CheckMissing);
        }
        else if (!ids.Add(id))
        {
            Add(errors, $"{at}.id", ImportText.CheckIdTwice, ("id", id.ToString()));
        }
    }

    private static void Pain(int score, string at, List<string> errors)
    {
        if (score is < PainScore.Min or > PainScore.Max)
        {
            Add(errors, at, ImportText.CheckPainScore, ("score", score.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Note(string? note, string at, List<string> errors)
    {
        if (note is { Length: > PainEntry.MaxNoteLength })
        {
            Add(errors, at, ImportText.CheckTooLong, ("max", PainEntry.MaxNoteLength.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Text(string? value, string at, int max, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(errors, at, ImportText.CheckMissing);
        }
        else if (value.Length > max)
        {
            Add(errors, at, ImportText.CheckTooLong, ("max", max.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void NonNegative(int value, string at, List<string> errors)
    {
        if (value < 0)
        {
            Add(errors, at, ImportText.CheckNegative, ("value", value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Instant(DateTimeOffset value, string at, List<string> errors)
    {
        if (value == default)
        {
            Add(errors, at, ImportText.CheckMissing);
        }
    }

    /// <summary>
    /// One problem as <c>field: message</c>: the field as the file names it (the part before the first colon, which
    /// finds its line), the message in the current UI culture.
    /// </summary>
    internal static void Add(List<string> errors, string field, string key, params IReadOnlyList<(string Name, object? Value)> arguments) =>
        errors.Add(field + ": " + ImportText.Format(key, arguments));
}
