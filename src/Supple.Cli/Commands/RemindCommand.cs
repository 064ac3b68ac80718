using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Reminders;

namespace Supple.Cli.Commands;

/// <summary><c>supple remind</c>: the daily practice time and the desk-break spacing, stored with your data.</summary>
internal sealed class RemindCommand : Command
{
    private readonly Option<string?> _at = new("--at")
    {
        Description = "Remind me to stretch every day at this local time, 24-hour (e.g. 08:30).",
        HelpName = "HH:MM",
    };
    private readonly Option<bool> _off = new("--off") { Description = "Turn the daily reminder off." };
    private readonly Option<string?> _breakEvery = new("--break-every")
    {
        Description = "Default spacing of desk breaks for 'supple breaks' (e.g. 50m, 1h).",
        HelpName = "DURATION",
    };
    private readonly Option<string?> _db = CommonOptions.Db();

    public RemindCommand(CliConsole console)
        : base("remind", "Set or show your daily stretching reminder and desk-break spacing.")
    {
        Options.Add(_at);
        Options.Add(_off);
        Options.Add(_breakEvery);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var atText = parse.GetValue(_at);
            var off = parse.GetValue(_off);
            var everyText = parse.GetValue(_breakEvery);
            if (atText is not null && off)
            {
                throw new UsageException("use either --at or --off, not both.");
            }

            TimeOnly? at = null;
            if (atText is not null)
            {
                at = ReminderText.TryParseTimeOfDay(atText, out var parsedAt)
                    ? parsedAt
                    : throw new UsageException(CliText.Localizer.Format(CliText.ErrorTimeOfDay, ("option", "--at"), ("value", atText), ("example", "08:30")));
            }

            TimeSpan? every = null;
            if (everyText is not null)
            {
                every = BreaksCommand.ParseEvery(everyText, "--break-every");
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db));
            var state = at is not null || off || every is not null
                ? await data.App.Reminders.SetAsync(at, off, every, ct)
                : await data.App.Reminders.GetAsync(ct);
            if (at is not null || off || every is not null)
            {
                console.Ansi.MarkupLine("[dim]Saved.[/]");
            }

            var settings = state.Settings;
            var zone = state.TimeZone;
            if (state.HeldBack is { } heldBack)
            {
                console.Ansi.Write(PersonalPlanView.Refusal(heldBack, CliMessages.ClearOrRetake));
                console.Ansi.MarkupLine(Markup.Escape("Daily reminder: held back while this stands" + (settings.DailyAt is { } held ? string.Create(CultureInfo.InvariantCulture, $" (set for {held:HH:mm})") : "") + "."));
            }
            else if (settings.DailyAt is { } daily && state.Next is { } nextAt)
            {
                var next = TimeZoneInfo.ConvertTime(nextAt, zone);
                console.Ansi.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"Daily reminder: {daily:HH:mm} ({zone.Id}); next on {next:ddd d MMM} at {next:HH:mm}.")));
                console.Ansi.MarkupLine("The browser app shows it while it is open. To be reminded by your calendar app even when Supple is closed, run [bold]supple calendar --out supple.ics[/] and import the file.");
            }
            else
            {
                console.Ansi.MarkupLine("Daily reminder: off. Turn it on with [bold]supple remind --at 08:30[/].");
            }

            var breaks = settings.BreakEvery ?? BreakSettings.Default.Every;
            console.Ansi.MarkupLine(Markup.Escape($"Desk breaks: every {ReminderText.Format(breaks)}{(settings.BreakEvery is null ? " (default)" : "")} while 'supple breaks' runs."));
            return ExitCodes.Ok;
        });
    }
}
