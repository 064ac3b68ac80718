using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Web.Data;

namespace Supple.Web.Pages;

/// <summary>
/// The saved plan with today's safety rules applied (each stretch's why, prop note, level, paused stretches, advice),
/// the way into today's session from it, and the daily reminder.
/// </summary>
public sealed class PlanModel(PersonalPlans plans, Programme programme) : PageModel
{
    public Programme Programme { get; } = programme;

    public Plan? Plan { get; private set; }

    public TodaysSession? Today { get; private set; }

    /// <summary>Why the saved plan cannot be shown, when it is damaged.</summary>
    public string? Problem { get; private set; }

    public ReminderSettings Reminders { get; private set; } = ReminderSettings.None;

    public string? ReminderProblem { get; private set; }

    public string? ReminderMessage { get; private set; }

    /// <summary>The desk-break hours to show: the saved ones, else weekdays 09:00–17:00 as a suggestion.</summary>
    public DeskBreakHours BreakHours => Reminders.BreakHours ?? DeskBreakHours.Weekdays;

    /// <summary>Monday first, as a working week is read.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string BreakStatus => Reminders.BreakHours is { } hours
        ? $"On {string.Join(", ", Week.Where(hours.Days.Contains).Select(DayText))}, from {hours.From.ToString("HH:mm", CultureInfo.InvariantCulture)} to {hours.To.ToString("HH:mm", CultureInfo.InvariantCulture)}, to the devices that take desk breaks."
        : "No desk breaks are sent. (In a terminal, supple breaks offers them while it runs.)";

    public static string DayText(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day);

    /// <summary>True right after the assessment made this plan.</summary>
    public bool JustMade { get; private set; }

    public async Task OnGetAsync(int? made, CancellationToken ct)
    {
        JustMade = made == 1;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostReminderAsync(string? dailyAt, string? off, CancellationToken ct)
    {
        if (off is not null)
        {
            await plans.SaveDailyAtAsync(null, ct);
            ReminderMessage = "The daily reminder is off.";
        }
        else if (ReminderText.TryParseTimeOfDay(dailyAt, out var at))
        {
            await plans.SaveDailyAtAsync(at, ct);
            ReminderMessage = $"Saved: a reminder every day at {at.ToString("HH:mm", CultureInfo.InvariantCulture)}.";
        }
        else
        {
            ReminderProblem = "Please give a time such as 08:30 (24-hour).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeskBreaksAsync(string? from, string? to, string[]? days, string? off, CancellationToken ct)
    {
        var current = await plans.LoadRemindersOrNoneAsync(ct);
        if (off is not null)
        {
            await plans.SaveRemindersAsync(current with { BreakHours = null }, ct);
            ReminderMessage = "Desk breaks are off.";
        }
        else
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (new Api.DeskBreaksRequest(from, to, days).Validate(current, errors) is { } hours)
            {
                await plans.SaveRemindersAsync(current with { BreakHours = hours }, ct);
                ReminderMessage = "Saved: desk breaks in these hours.";
            }
            else
            {
                ReminderProblem = string.Join(" ", errors.Values.SelectMany(v => v));
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public string NameOf(string stretchId) => Programme.FindStretch(stretchId)?.Name ?? stretchId;

    public DosageProgress? ProgressOf(string stretchId) => Today?.Progress.FirstOrDefault(p => p.StretchId == stretchId);

    public DosageLevel LevelOf(string stretchId) =>
        Today is { Gentle: true } ? DosageLevel.Gentle : ProgressOf(stretchId)?.Level ?? DosageLevel.Gentle;

    public static string LevelText(DosageLevel level) => level switch
    {
        DosageLevel.Gentle => "Gentle (the low end of the article's range)",
        DosageLevel.Full => "Full (the high end of the article's range)",
        _ => "Standard (the middle of the article's range)",
    };

    public static string CauseText(PainCause cause) => cause switch
    {
        PainCause.Posture => "posture",
        PainCause.Sedentary => "long hours sitting",
        PainCause.RepetitiveStrain => "repeated lifting or movements",
        PainCause.InjuryOrTrauma => "a recent injury or fall",
        PainCause.AgeRelated => "stiffness with age",
        PainCause.EmotionalStress => "stress",
        _ => cause.ToString(),
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Plan = await plans.LoadPlanAsync(ct);
            if (Plan is not null)
            {
                Today = await plans.TodayAsync(Plan, null, ct);
            }
        }
        catch (DamagedDocumentException ex)
        {
            Plan = null;
            Problem = ex.Message;
        }

        try
        {
            Reminders = await plans.LoadRemindersAsync(ct);
        }
        catch (DamagedDocumentException ex)
        {
            ReminderProblem = ex.Message;
        }
    }
}
