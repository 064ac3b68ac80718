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
                ExportValidator.Add(errors, $"{at}.day", ImportText.CheckWrongDay, ("day", Day(session.Day)), ("started", Day(day)), ("zone", zone.Id), ("at", Instant(session.StartedAt)));
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
            ExportValidator.Add(errors, at, ImportText.CheckFuture, ("time", Instant(time)), ("now", Instant(now)));
        }
        else if (time < ImportRules.Earliest)
        {
            ExportValidator.Add(errors, at, ImportText.CheckTooEarly, ("time", Instant(time)), ("earliest", Day(DateOnly.FromDateTime(ImportRules.Earliest.UtcDateTime))));
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

        ExportValidator.Add(errors, at, ImportText.CheckUnknownZone, ("zone", Shorten(id)));
        return null;
    }

    private void Stretch(string? id, string at)
    {
        if (string.IsNullOrWhiteSpace(id) || rules.StretchIds.Contains(id))
        {
            return;
        }

        ExportValidator.Add(errors, at, ImportText.CheckUnknownStretch, ("id", Shorten(id)), ("known", string.Join(", ", rules.StretchIds.Order(StringComparer.Ordinal))));
    }

    private static string Instant(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
