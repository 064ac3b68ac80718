using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Reminders;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple calendar</c>: a daily recurring calendar event (RFC 5545, with an alarm) for today's stretches, through
/// the same rules as a session (refused while the safety gate is closed; paused stretches left out).
/// </summary>
internal sealed class CalendarCommand : Command
{
    private readonly Option<string> _out = new("--out")
    {
        Description = CliText.Localizer[CliText.HelpCalendarOut],
        HelpName = "FILE",
        Required = true,
    };
    private readonly Option<string?> _at = new("--at")
    {
        Description = CliText.Localizer.Format(CliText.HelpCalendarAt, ("command", "'supple remind'")),
        HelpName = "HH:MM",
    };
    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();

    public CalendarCommand(CliConsole console)
        : base("calendar", CliText.Localizer[CliText.HelpCalendar])
    {
        Options.Add(_out);
        Options.Add(_at);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            TimeOnly? at = null;
            if (parse.GetValue(_at) is { } atText)
            {
                at = ReminderText.TryParseTimeOfDay(atText, out var parsed)
                    ? parsed
                    : throw new UsageException(CliText.Localizer.Format(CliText.ErrorTimeOfDay, ("option", "--at"), ("value", atText), ("example", "08:30")));
            }

            var output = parse.GetValue(_out)!;
            await using var data = CliApp.Open(console, parse.GetValue(_db), programme, parse.GetValue(_programme));
            var calendar = await data.App.Reminders.CalendarEventAsync(at, ct);
            var practice = calendar.Practice;
            var ics = CalendarFile.Write(practice, calendar.TimeZone, calendar.FirstDay, console.Time.GetUtcNow());
            if (output == "-")
            {
                console.Out.Write(ics);
                return ExitCodes.Ok;
            }

            try
            {
                var full = Path.GetFullPath(output);
                var temp = full + ".tmp";
                await File.WriteAllTextAsync(temp, ics, ct);
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException(CliText.Localizer.Format(CliText.CalendarCannotWrite, ("path", output), ("reason", FileProblems.Describe(ex))), ex);
            }

            console.Ansi.MarkupLine(Markup.Escape(CliText.Localizer.Format(CliText.CalendarWrote,
                ("path", output), ("time", practice.At.ToString("HH:mm", CultureInfo.InvariantCulture)), ("zone", calendar.TimeZone.Id),
                ("first", HistoryFormat.LocalDate(calendar.FirstDay)), ("duration", Format.Duration(practice.Duration)))));
            console.Ansi.MarkupLine($"[dim]{Markup.Escape(CliText.Localizer[CliText.CalendarImportHint])}[/]");
            return ExitCodes.Ok;
        });
    }
}
