using System.Globalization;
using Supple.Core.History;

namespace Supple.Data;

/// <summary>The checks of <see cref="ExportValidator"/> that need <see cref="ImportRules"/> and the time now: what cannot be true.</summary>
internal sealed class Plausibility(ImportRules rules, DateTimeOffset now, List<string> errors)
{
    public void Session(ExportedSession? session, string at)
    {
        if (session is null)
        {
            return;
        }

        Time(session.StartedAt, $"{at}.startedAt");
        Time(session.EndedAt, $"{at}.endedAt");
        Time(session.HurtAt, $"{at}.hurtAt");
        if (Zone(session.TimeZone, $"{at}.timeZone") is { } zone && session.StartedAt != default)
        {
            var day = LocalDay.Of(session.StartedAt, zone);
            if (day != session.Day)
            {
                errors.Add($"{at}.day: {Day(session.Day)} is not the day the session started ({Day(day)} in {zone.Id}, from startedAt {Instant(session.StartedAt)})");
            }
        }

        Stretch(session.HurtStretch, $"{at}.hurtStretch");
        for (var j = 0; j < (session.Stretches?.Count ?? 0); j++)
        {
            if (session.Stretches![j] is { } record)
            {
                Stretch(record.Stretch, $"{at}.stretches[{j}].stretch");
                Time(record.RecordedAt, $"{at}.stretches[{j}].at");
            }
        }
    }

    public void Time(DateTimeOffset? value, string at)
    {
        if (value is not { } time || time == default)
        {
            return;
        }

        if (time > now + rules.ClockSkew)
        {
            errors.Add($"{at}: {Instant(time)} is in the future (it is {Instant(now)} now)");
        }
        else if (time < ImportRules.Earliest)
        {
            errors.Add($"{at}: {Instant(time)} is before {Day(DateOnly.FromDateTime(ImportRules.Earliest.UtcDateTime))}");
        }
    }

    public TimeZoneInfo? Zone(string? id, string at)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        errors.Add($"{at}: unknown time zone '{Shorten(id)}' (use an IANA name such as Europe/London or America/New_York)");
        return null;
    }

    private void Stretch(string? id, string at)
    {
        if (string.IsNullOrWhiteSpace(id) || rules.StretchIds.Contains(id))
        {
            return;
        }

        errors.Add($"{at}: unknown stretch '{Shorten(id)}' (known: {string.Join(", ", rules.StretchIds.Order(StringComparer.Ordinal))}; "
            + "a stretch of your own programme is known when its programme file is named for the import)");
    }

    private static string Instant(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
