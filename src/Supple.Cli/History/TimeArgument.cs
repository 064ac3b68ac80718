using System.Globalization;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.History;

/// <summary>
/// Parses <c>--at</c>: <c>2026-03-01 18:30</c>, <c>2026-03-01T18:30+01:00</c>, <c>2026-03-01</c> (noon),
/// <c>18:30</c> (today), <c>yesterday</c> or <c>yesterday 18:30</c>; local times are in the person's time zone.
/// </summary>
internal static class TimeArgument
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd",
    ];

    public static DateTimeOffset Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return now;
        }

        var value = text.Trim();
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        DateTimeOffset result;
        if (value.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase) || value.StartsWith("today", StringComparison.OrdinalIgnoreCase))
        {
            var yesterday = value.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase);
            var rest = value[(yesterday ? "yesterday".Length : "today".Length)..].Trim();
            var date = localNow.Date.AddDays(yesterday ? -1 : 0);
            var time = rest.Length == 0 ? (yesterday ? new TimeSpan(12, 0, 0) : localNow.TimeOfDay) : ParseTimeOfDay(rest, text);
            result = FromLocal(date + time, zone, text);
        }
        else if (TimeSpan.TryParseExact(value, ["h\\:mm", "hh\\:mm"], CultureInfo.InvariantCulture, out var timeOfDay) && timeOfDay < TimeSpan.FromDays(1))
        {
            result = FromLocal(localNow.Date + timeOfDay, zone, text);
        }
        else if (HasOffset(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            result = withOffset;
        }
        else if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            result = FromLocal(value.Length == 10 ? local.AddHours(12) : local, zone, text);
        }
        else
        {
            throw new UsageException(CliText.Localizer.Format(CliText.ErrorAtNotATime, ("option", "--at"), ("value", text), ("examples", "2026-03-01 18:30, 18:30, yesterday"), ("last", "yesterday 18:30")));
        }

        if (result > now.AddMinutes(1))
        {
            throw new UsageException(CliText.Localizer.Format(CliText.ErrorAtInFuture, ("option", "--at"), ("value", text)));
        }

        return result;
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || (value.Length > 16 && (value[^6] is '+' or '-') && value[^3] == ':');

    private static TimeSpan ParseTimeOfDay(string rest, string original) =>
        TimeSpan.TryParseExact(rest, ["h\\:mm", "hh\\:mm"], CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1)
            ? time
            : throw new UsageException(CliText.Localizer.Format(CliText.ErrorAtNotTimeOfDay, ("option", "--at"), ("value", original), ("rest", rest)));

    private static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone, string original)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw new UsageException(CliText.Localizer.Format(CliText.ErrorAtSkipped, ("option", "--at"), ("value", original), ("zone", zone.Id)));
        }

        // An ambiguous time (clocks going back) is taken as the first of the two.
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }
}
