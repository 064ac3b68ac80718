using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Supple.Core.Content;

namespace Supple.Data;

/// <summary>A person's sessions as calendar events (RFC 5545), one VEVENT per session, to see practice in a calendar.</summary>
public static class IcsExport
{
    public const string ProductId = "-//Supple//Supple history//EN";

    /// <summary>Sessions without an end are shown as this long.</summary>
    public static readonly TimeSpan OpenSessionLength = TimeSpan.FromMinutes(15);

    public static string Write(ExportDocument document, Programme? programme = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        programme ??= BuiltInProgramme.Instance;
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        foreach (var session in document.Sessions)
        {
            var end = session.EndedAt is { } ended && ended > session.StartedAt ? ended : session.StartedAt + OpenSessionLength;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = session.Id.ToString("D") + "@supple",
                DtStamp = new CalDateTime(document.ExportedAt.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(session.StartedAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(end.UtcDateTime, "UTC"),
                Summary = Summary(session),
                Description = Description(session, programme),
                Categories = ["Supple", "Stretching"],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Summary(ExportedSession session) => session.Outcome switch
    {
        "completed" => "Upper-back stretches",
        "stopped-for-pain" => "Upper-back stretches (stopped: it hurt)",
        "abandoned" => "Upper-back stretches (set aside)",
        _ => "Upper-back stretches (not finished)",
    };

    private static string Description(ExportedSession session, Programme programme)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (session.PainBefore is { } before)
        {
            text.Append(inv, $"Pain before: {before}/10. ");
        }

        if (session.PainAfter is { } after)
        {
            text.Append(inv, $"Pain after: {after}/10. ");
        }

        foreach (var stretch in session.Stretches)
        {
            var name = programme.FindStretch(stretch.Stretch)?.Name ?? stretch.Stretch;
            var side = stretch.Side is "left" or "right" ? $" ({stretch.Side})" : "";
            text.Append(inv, $"\n{name}{side}: {Outcome(stretch)}{(stretch.Hurt ? ", it hurt" : "")}");
        }

        return text.ToString().Trim();
    }

    // A session logged by hand (`supple log`) records that a stretch was done, not its counts: say "done", not "0 reps".
    private static string Outcome(ExportedStretch stretch) =>
        stretch.Skipped ? "skipped"
        : stretch is { RepsDone: 0, SetsDone: 0, SecondsHeld: 0 } ? "done"
        : string.Create(CultureInfo.InvariantCulture, $"{stretch.RepsDone} reps × {stretch.SetsDone} sets, held {stretch.SecondsHeld} s");
}
