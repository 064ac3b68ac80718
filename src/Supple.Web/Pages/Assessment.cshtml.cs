using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Supple.Application;
using Supple.Core.Localization;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Web.Resources;

namespace Supple.Web.Pages;

/// <summary>
/// The assessment: warning signs first, then causes and props. The answers go to Core exactly as the API's body
/// would (the same parser, the same rules): a warning sign shows "see a doctor first" and offers no routine;
/// otherwise the plan is saved and the plan page shown.
/// </summary>
public sealed class AssessmentModel(SuppleApp app, TimeProvider time, IStringLocalizer<WebText> text) : PageModel
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The warning signs, in the order they are asked.</summary>
    public static IReadOnlyList<RedFlagInfo> Flags => RedFlags.All;

    /// <summary>The yes/no cause questions (screen hours is asked separately), in the request's language: built on each use.</summary>
    public static IReadOnlyList<AssessmentQuestion> YesNoCauses =>
        [.. AssessmentQuestions.Causes.Where(q => q.Key != AssessmentQuestions.ScreenHours.Key)];

    /// <summary>The answers as sent (key → value), to show them again after an error.</summary>
    public IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlySet<string> ChosenProps { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What is wrong with the answers: the question's anchor (or null) and the text to show.</summary>
    public IReadOnlyList<(string? Anchor, string Text)> Errors { get; private set; } = [];

    /// <summary>Set when the answers include a warning sign or a recent injury: no routine is offered.</summary>
    public SeeDoctorFirst? SeeDoctor { get; private set; }

    /// <summary>Why no routine is offered, while a stored "see a doctor first" outcome stands (shown until retaken or cleared).</summary>
    public SafetyAdvice? Refusal { get; private set; }

    /// <summary>The latest date a clearance can be given (today, in the person's time zone).</summary>
    public DateOnly Today { get; private set; }

    /// <summary>What is wrong with the clearance, when it could not be recorded.</summary>
    public string? ClearanceProblem { get; private set; }

    public async Task OnGetAsync(bool? retake, CancellationToken ct)
    {
        await LoadGateAsync(ct);
        if (retake == true)
        {
            Refusal = null; // the questions, to answer again
        }
    }

    public async Task<IActionResult> OnPostClearanceAsync(string? clearedOn, CancellationToken ct)
    {
        await LoadGateAsync(ct);
        if (!DateOnly.TryParseExact(clearedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            ClearanceProblem = text[WebText.ClearanceDateMissing];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await app.Assessments.ClearByDoctorAsync(date, ct);
        }
        catch (ArgumentOutOfRangeException)
        {
            ClearanceProblem = SafetyMessages.ClearanceInTheFuture;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (RefusedException refused)
        {
            ClearanceProblem = refused.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return RedirectToPage("/Plan", new { made = 1 });
    }

    private async Task LoadGateAsync(CancellationToken ct)
    {
        Refusal = await app.Assessments.RefusalAsync(ct);
        Today = Core.History.LocalDay.Of(time.GetUtcNow(), await app.Journal.TimeZoneAsync(ct));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = Request.Form;
        Answers = form.Keys.Where(k => k != "props" && !k.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        ChosenProps = form["props"].Where(p => p is not null).Select(p => p!).ToHashSet(StringComparer.Ordinal);

        AssessmentAnswers answers;
        try
        {
            answers = AssessmentAnswersParser.Parse(ToJson().ToJsonString());
        }
        catch (InvalidAnswersException ex)
        {
            Errors = [.. ex.Errors.Select(Explain).Distinct()];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await app.Assessments.AssessAsync(answers, ct);
        if (outcome is SeeDoctorFirst doctor)
        {
            SeeDoctor = doctor;
            await LoadGateAsync(ct);
            return Page();
        }

        return RedirectToPage("/Plan", new { made = 1 });
    }

    /// <summary>Core's message names the answers key; on the page, name the question and link to it.</summary>
    private (string? Anchor, string Text) Explain(string message)
    {
        var key = message.StartsWith('\'') && message.IndexOf('\'', 1) is var end and > 1 ? message[1..end] : null;
        if (Flags.FirstOrDefault(f => FlagKey(f) == key) is { } flag)
        {
            return (Anchor(FlagKey(flag)), text.Format(WebText.AssessmentAnswerYesOrNo, ("question", flag.Question)));
        }

        if (AssessmentQuestions.Causes.FirstOrDefault(q => q.Key == key) is { } question)
        {
            return (Anchor(question.Key), question.Key == AssessmentQuestions.ScreenHours.Key
                ? text.Format(WebText.AssessmentWholeHours, ("question", question.Text))
                : text.Format(WebText.AssessmentAnswerYesOrNo, ("question", question.Text)));
        }

        return (null, message);
    }

    /// <summary>The id of a question's fieldset on the page.</summary>
    public static string Anchor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "q-" + key.Replace('.', '-');
    }

    public string? Answer(string key) => Answers.GetValueOrDefault(key);

    /// <summary>The form as the answers JSON Core reads; unanswered questions are left out so Core names them.</summary>
    private JsonObject ToJson()
    {
        var json = new JsonObject();
        var hours = Answer(AssessmentQuestions.ScreenHours.Key);
        if (!string.IsNullOrWhiteSpace(hours))
        {
            json[AssessmentQuestions.ScreenHours.Key] = int.TryParse(hours, out var h) ? JsonValue.Create(h) : JsonValue.Create(hours);
        }

        foreach (var question in YesNoCauses)
        {
            if (YesNo(Answer(question.Key)) is { } value)
            {
                json[question.Key] = value;
            }
        }

        json[AssessmentQuestions.Props.Key] = new JsonArray([.. ChosenProps.Select(p => (JsonNode)JsonValue.Create(p))]);
        var flags = new JsonObject();
        foreach (var flag in Flags)
        {
            if (YesNo(Answer(FlagKey(flag))) is { } value)
            {
                flags[flag.Id] = value;
            }
        }

        json[AssessmentQuestions.RedFlags.Key] = flags;
        return json;
    }

    public static string FlagKey(RedFlagInfo flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return $"{AssessmentQuestions.RedFlags.Key}.{flag.Id}";
    }

    private static JsonValue? YesNo(string? text) => text switch
    {
        Yes => JsonValue.Create(true),
        No => JsonValue.Create(false),
        null or "" => null,
        _ => JsonValue.Create(text),
    };
}
