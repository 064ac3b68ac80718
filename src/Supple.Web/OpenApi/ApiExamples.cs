using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Web.Api;

namespace Supple.Web.OpenApi;

/// <summary>
/// Examples of the main bodies, shown in the OpenAPI document. They are real values of the request and response
/// types, serialized with the API's own JSON options, so an example can never show a member the API would refuse
/// (a test posts each request example to a real server).
/// </summary>
internal static class ApiExamples
{
    private static readonly DateTimeOffset Started = new(2026, 11, 20, 7, 30, 0, TimeSpan.FromHours(1));

    private static readonly Guid Client = new("3f1c6a52-8d0e-4b7a-9a51-2f6c0d9e7b14");

    /// <summary>One example per request body type.</summary>
    public static IReadOnlyDictionary<Type, object> Requests { get; } = new Dictionary<Type, object>
    {
        [typeof(StartSessionRequest)] = new StartSessionRequest(null, "gentle", ["shoulder-blade-squeeze", "cat-camel"], null, 4, null),
        [typeof(StepsRequest)] = new StepsRequest([new StepReport(0, "played", 10, null), new StepReport(1, "played", 5, null)]),
        [typeof(FinishSessionRequest)] = new FinishSessionRequest(2, null),
        [typeof(StopForPainRequest)] = new StopForPainRequest(6, 3, null),
        [typeof(PainEntryRequest)] = new PainEntryRequest(4, null, "upper-back", "A long day at the desk."),
        [typeof(RemindersRequest)] = new RemindersRequest("08:30"),
        [typeof(CompletedSessionRequest)] = new CompletedSessionRequest(
            Client,
            [new RoutineItemRequest("childs-pose", "standard")],
            5,
            3,
            Started,
            [new StepReport(0, "played", 10, Started.AddSeconds(10)), new StepReport(1, "played", 30, Started.AddSeconds(40))]),
    };

    /// <summary>One example per response body type.</summary>
    public static IReadOnlyDictionary<Type, object> Responses { get; } = new Dictionary<Type, object>
    {
        [typeof(SessionResponse)] = new SessionResponse(
            42,
            Client,
            Started,
            Started.AddMinutes(4),
            DosageLevel.Gentle,
            SessionSource.Guided,
            SessionOutcome.Completed,
            4,
            2,
            null,
            [
                new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false),
                new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false),
            ],
            0,
            null,
            []),
    };
}
