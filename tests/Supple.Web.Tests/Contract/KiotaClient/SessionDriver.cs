// Drives a whole guided session through the C# client Kiota generated from a running Supple's /openapi/v1.json:
// the stretches, the disclaimer, a timeline, a session with every stretch side saved, the finish, the session read
// back, the statistics, and two refusals that must arrive as the document's typed problems. Any surprise is an
// exit code of 1 with the reason; "OK" on the last line means the document and the server agree.
//
// The generated names follow the paths (api.Sessions[id].Steps) and the schemas (StartSessionRequest, StepsRequest).
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Supple.ApiClient;
using Supple.ApiClient.Models;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: KiotaDriver BASE_URL");
    return 2;
}

try
{
    using var http = new HttpClient();
    var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = args[0].TrimEnd('/') };
    var api = new SuppleClient(adapter).Api.V1;

    var stretches = await api.Stretches.GetAsync() ?? throw new InvalidDataException("no stretches");
    Check(stretches.Count == 7, $"7 stretches, got {stretches.Count}");

    var accepted = await api.Disclaimer.Acceptance.PostAsync();
    Check(accepted?.Accepted == true, "the disclaimer is accepted");

    var timeline = await api.Timeline.GetAsync(c =>
    {
        c.QueryParameters.Level = "gentle";
        c.QueryParameters.Only = ["upper-trapezius-stretch", "cat-camel"];
    }) ?? throw new InvalidDataException("no timeline");
    Check(timeline.Stretches?.Count == 2 && timeline.Level == DosageLevel.Gentle, "a gentle timeline of two stretches");

    var session = await api.Sessions.PostAsync(new StartSessionRequest { Level = "gentle", Only = timeline.Only, PainBefore = 4 })
        ?? throw new InvalidDataException("no session");
    var id = session.Id ?? throw new InvalidDataException("no session id");
    Check(session.Outcome is null && session.PainBefore == 4, "the session is open with pain before 4");

    // The player's protocol: report how each step ended (all played here, in two batches as a player offline for a
    // while would); the server folds them into one record per stretch side.
    var steps = session.Timeline?.Steps ?? throw new InvalidDataException("the session has no timeline");
    var played = steps.Where(s => s.Kind != StepKind.Done).Select(s => new StepReport { Step = s.Index, End = "played", Seconds = s.DurationSeconds }).ToList();
    var half = played.Count / 2;
    var first = await api.Sessions[id].Steps.PostAsync(new StepsRequest { Steps = played.Take(half).ToList() });
    Check(first?.NextStep == half, $"the next step expected is {half} after the first batch (got {first?.NextStep})");
    var after = await api.Sessions[id].Steps.PostAsync(new StepsRequest { Steps = played });
    var saved = after?.Stretches?.Count ?? 0;
    Check(saved == 3, $"3 stretch records (two trapezius sides and cat-camel) after every step is reported, the first batch again included (got {saved})");

    var finished = await api.Sessions[id].Finish.PostAsync(new FinishSessionRequest { PainAfter = 2 });
    Check(finished?.Outcome == SessionOutcome.Completed && finished.PainAfter == 2, "the session is completed with pain after 2");

    var read = await api.Sessions[id].GetAsync() ?? throw new InvalidDataException("the session cannot be read back");
    Check(read.Outcome == SessionOutcome.Completed && read.Stretches?.Count == saved && read.EndedAt is not null, "the session reads back completed with every record");

    var stats = await api.Stats.GetAsync();
    Check(stats?.Completed == 1 && stats.Sessions == 1, $"the statistics count one completed session (got {stats?.Completed}/{stats?.Sessions})");

    try
    {
        await api.Pain.PostAsync(new PainEntryRequest { Score = 11 });
        Check(false, "a pain score of 11 is refused");
    }
    catch (HttpValidationProblemDetails problem)
    {
        Check(problem.ResponseStatusCode == 400 && problem.Errors?.AdditionalData.ContainsKey("score") == true, "a pain score of 11 is a 400 naming score");
    }

    try
    {
        await api.Sessions[999_999].GetAsync();
        Check(false, "an unknown session is refused");
    }
    catch (ProblemDetails problem)
    {
        Check(problem.ResponseStatusCode == 404 && problem.Status == 404, "an unknown session is a 404 problem");
    }

    Console.WriteLine($"session {id}: {saved} stretch records, completed, pain 4 → 2");
    Console.WriteLine("OK");
    return 0;
}
catch (Exception ex) when (ex is InvalidDataException or ApiException or HttpRequestException)
{
    Console.Error.WriteLine($"FAILED: {ex.GetType().Name}: {ex.Message}");
    return 1;
}

static void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidDataException("expected: " + what);
    }
}
