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
            errors.Add($"format: expected '{ExportDocument.FormatName}', found '{document.Format}'");
        }

        if (document.Version is < 1 or > ExportDocument.CurrentVersion)
        {
            errors.Add($"version: {document.Version} is not supported (this Supple reads version 1 to {ExportDocument.CurrentVersion})");
        }

        if (document.Sessions is null)
        {
            errors.Add("sessions: missing");
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
            errors.Add("painEntries: missing");
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
                    errors.Add($"{at}: empty");
                    continue;
                }

                Id(p.Id, at, ids, errors);
                Pain(p.Score, $"{at}.score", errors);
                if (p.Area is not null && !BodyAreas.TryParse(p.Area, out _))
                {
                    errors.Add($"{at}.area: unknown body area '{p.Area}' (known: {string.Join(", ", BodyAreas.All)})");
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
            var located = errors.Take(5).Select(e => lineOf?.Invoke(e.Split(':', 2)[0]) is { } line ? $"line {line}, {e}" : e);
            var more = errors.Count > 5 ? $" (and {errors.Count - 5} more)" : "";
            throw new ImportFormatException($"The file was not imported: {string.Join("; ", located)}{more}.");
        }
    }

    private static void ValidateSession(ExportedSession s, string at, HashSet<Guid> ids, List<string> errors)
    {
        if (s is null)
        {
            errors.Add($"{at}: empty");
            return;
        }

        Id(s.Id, at, ids, errors);
        Instant(s.StartedAt, $"{at}.startedAt", errors);
        if (s.EndedAt is { } end && end < s.StartedAt)
        {
            errors.Add($"{at}.endedAt: before startedAt");
        }

        Text(s.TimeZone, $"{at}.timeZone", 100, errors);
        Text(s.Programme, $"{at}.programme", 200, errors);
        if (!StoredNames.TryLevel(s.Level, out _))
        {
            errors.Add($"{at}.level: '{s.Level}' is not gentle, standard or full");
        }

        if (!StoredNames.TrySource(s.Source, out _))
        {
            errors.Add($"{at}.source: '{s.Source}' is not guided or logged");
        }

        if (!StoredNames.TryOutcome(s.Outcome, out _))
        {
            errors.Add($"{at}.outcome: '{s.Outcome}' is not completed, stopped-for-pain or abandoned");
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
            errors.Add($"{at}.hurtStretch: must be 1 to 100 characters");
        }

        if (s.HurtSide is not null && !StoredNames.TrySide(s.HurtSide, out _))
        {
            errors.Add($"{at}.hurtSide: '{s.HurtSide}' is not none, left or right");
        }

        Note(s.Note, $"{at}.note", errors);
        if (s.Stretches is null)
        {
            errors.Add($"{at}.stretches: missing");
            return;
        }

        for (var j = 0; j < s.Stretches.Count; j++)
        {
            var r = s.Stretches[j];
            var rat = $"{at}.stretches[{j}]";
            if (r is null)
            {
                errors.Add($"{rat}: empty");
                continue;
            }

            Text(r.Stretch, $"{rat}.stretch", 100, errors);
            if (!StoredNames.TrySide(r.Side, out _))
            {
                errors.Add($"{rat}.side: '{r.Side}' is not none, left or right");
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
            errors.Add($"{at}.id: missing");
        }
        else if (!ids.Add(id))
        {
            errors.Add($"{at}.id: {id} appears twice");
        }
    }

    private static void Pain(int score, string at, List<string> errors)
    {
        if (score is < PainScore.Min or > PainScore.Max)
        {
            errors.Add($"{at}: {score} is not a pain score from 0 to 10");
        }
    }

    private static void Note(string? note, string at, List<string> errors)
    {
        if (note is { Length: > PainEntry.MaxNoteLength })
        {
            errors.Add($"{at}: longer than {PainEntry.MaxNoteLength} characters");
        }
    }

    private static void Text(string? value, string at, int max, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{at}: missing");
        }
        else if (value.Length > max)
        {
            errors.Add($"{at}: longer than {max} characters");
        }
    }

    private static void NonNegative(int value, string at, List<string> errors)
    {
        if (value < 0)
        {
            errors.Add($"{at}: {value} is negative");
        }
    }

    private static void Instant(DateTimeOffset value, string at, List<string> errors)
    {
        if (value == default)
        {
            errors.Add($"{at}: missing");
        }
    }
}

