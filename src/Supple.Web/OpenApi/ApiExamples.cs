using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Api;
using Supple.Web.Data;

namespace Supple.Web.OpenApi;

/// <summary>
/// Examples of the main bodies, shown in the OpenAPI document. They are real values of the request and response
/// types, serialized with the API's own JSON options, so an example can never show a member the API would refuse
/// (a test posts each request example to a real server).
/// </summary>
internal static class ApiExamples
{
    private static readonly DateTimeOffset Started = new(2026, 11, 20, 7, 30, 0, TimeSpan.FromHours(1));

    /// <summary>One example per request body type.</summary>
    public static IReadOnlyDictionary<Type, object> Requests { get; } = new Dictionary<Type, object>
    {
        [typeof(StartSessionRequest)] = new StartSessionRequest("gentle", ["shoulder-blade-squeeze", "cat-camel"], 4, null),
        [typeof(RecordStretchRequest)] = new RecordStretchRequest("cat-camel", "none", 10, 1, 60, false, false, null),
        [typeof(FinishSessionRequest)] = new FinishSessionRequest(2, null),
        [typeof(StopForPainRequest)] = new StopForPainRequest("upper-trapezius-stretch", "left", 6, null),
        [typeof(PainEntryRequest)] = new PainEntryRequest(4, null, "upper-back", "A long day at the desk."),
        [typeof(RemindersRequest)] = new RemindersRequest("08:30"),
        [typeof(CompletedSessionRequest)] = new CompletedSessionRequest(
            "standard",
            5,
            3,
            Started,
            Started.AddMinutes(6),
            [
                new RecordStretchRequest("upper-trapezius-stretch", "right", 3, 1, 75, false, false, Started.AddMinutes(2)),
                new RecordStretchRequest("upper-trapezius-stretch", "left", 3, 1, 75, false, false, Started.AddMinutes(4)),
                new RecordStretchRequest("childs-pose", "none", 1, 1, 30, false, false, Started.AddMinutes(6)),
            ]),
    };

    /// <summary>One example per response body type.</summary>
    public static IReadOnlyDictionary<Type, object> Responses { get; } = new Dictionary<Type, object>
    {
        [typeof(SessionView)] = new SessionView(
            42,
            Started,
            Started.AddMinutes(4),
            DosageLevel.Gentle,
            SessionOutcome.Completed,
            4,
            2,
            null,
            [
                new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false),
                new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false),
            ]),
    };
}
