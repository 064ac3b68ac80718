using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Localization;
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
        Description = CliText.Localizer[CliText.HelpRemindAt],
        HelpName = "HH:MM",
    };
    private readonly Option<bool> _off = new("--off") { Description = CliText.Localizer[CliText.HelpRemindOff] };
    private readonly Option<string?> _breakEvery = new("--break-every")
    {
        Description = CliText.Localizer.Format(CliText.HelpRemindBreakEvery, ("command", "'supple breaks'")),
        HelpName = "DURATION",
    };
    private readonly Option<string?> _db = CommonOptions.Db();

    public RemindCommand(CliConsole console)
        : base("remind", CliText.Localizer[CliText.HelpRemind])
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
                throw new UsageException(Text.Format(CliText.RemindAtOrOff, ("at", "--at"), ("off", "--off")));
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
                console.Ansi.MarkupLine($"[dim]{Markup.Escape(Text[CliText.RemindSaved])}[/]");
            }

            var settings = state.Settings;
            var zone = state.TimeZone;
            if (state.HeldBack is { } heldBack)
            {
                console.Ansi.Write(PersonalPlanView.Refusal(heldBack, CliMessages.ClearOrRetake));
                console.Ansi.MarkupLine(Markup.Escape(settings.DailyAt is { } held
                    ? Text.Format(CliText.RemindHeldBackAt, ("time", Clock(held)))
                    : Text[CliText.RemindHeldBack]));
            }
            else if (settings.DailyAt is { } daily && state.Next is { } nextAt)
            {
                var next = TimeZoneInfo.ConvertTime(nextAt, zone);
                console.Ansi.MarkupLine(Markup.Escape(Text.Format(CliText.RemindDaily,
                    ("time", Clock(daily)), ("zone", zone.Id), ("day", next.ToString(Text[CliText.RemindDayPattern], CultureInfo.CurrentCulture)), ("next", Clock(TimeOnly.FromDateTime(next.DateTime))))));
                console.Ansi.MarkupLine(WithCommand(CliText.RemindCalendarHint, "supple calendar --out supple.ics"));
            }
            else
            {
                console.Ansi.MarkupLine(WithCommand(CliText.RemindOff, "supple remind --at 08:30"));
            }

            var breaks = settings.BreakEvery ?? BreakSettings.Default.Every;
            console.Ansi.MarkupLine(Markup.Escape(Text.Format(settings.BreakEvery is null ? CliText.RemindBreaksDefault : CliText.RemindBreaks,
                ("every", ReminderText.Format(breaks)), ("command", "'supple breaks'"))));
            return ExitCodes.Ok;
        });
    }

    private static IStringLocalizer Text => CliText.Localizer;

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A translated line with a command in bold: the text escaped for markup (the pseudo-locale's brackets too), the command not translated.</summary>
    private static string WithCommand(string key, string command)
    {
        const string Slot = "\u0001";
        return Markup.Escape(Text.Format(key, ("command", Slot))).Replace(Slot, $"[bold]{Markup.Escape(command)}[/]", StringComparison.Ordinal);
    }
}
