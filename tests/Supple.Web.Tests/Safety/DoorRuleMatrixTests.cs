using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Web.Push;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Safety;

/// <summary>
/// Issue #12's door × rule matrix for the web: every endpoint the app maps (read from its endpoint data source, API
/// and Razor pages alike) is either a door that can start, record, stop or offer a session, with a cell for every
/// rule, or is listed as no door with the reason. A new endpoint fails <see cref="Every_endpoint_is_a_door_with_a_row_or_named_as_no_door"/>
/// until it has a row. Each cell runs a real check (HTTP against the app over a real SQLite file, or the push
/// composer the reminder sender calls) or says why the rule does not apply there. One app per rule, its state set
/// up once through the API; the cells of that rule then run against it.
/// </summary>
public sealed class DoorRuleMatrixTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private const string Paused = "shoulder-blade-squeeze";
    private const string PausedName = "Shoulder blade squeeze";
    private const string HighPain = "high-pain-before-session";

    /// <summary>The rules of issue #12 (the columns).</summary>
    public enum Rule
    {
        /// <summary>A stored "see a doctor first" outcome: refused with why and what to do (what already happened is still recorded).</summary>
        GateClosed,

        /// <summary>Pain of 7 or more before a session: every stretch gentle.</summary>
        PainSevenPlus,

        /// <summary>A paused stretch (hurt twice in 7 days) is not played or offered.</summary>
        PausedNotPlayed,

        /// <summary>Nothing above the article's range: a programme asking for more is refused.</summary>
        WithinArticleRange,

        /// <summary>"This hurts" is recorded.</summary>
        HurtRecorded,
    }

    /// <summary>One cell: a check against the rule's app, or why the rule does not apply at this door.</summary>
    private sealed record Cell(Func<Scenario, Task>? Check, string? NotApplicable)
    {
        public static Cell Run(Func<Scenario, Task> check) => new(check, null);

        public static Cell NA(string why) => new(null, why);
    }

    /// <summary>Endpoints that cannot start, record, stop or offer a session, each with the reason.</summary>
    private static readonly Dictionary<string, string> NoDoor = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/sessions/open"] = "reads the unfinished session; starts and records nothing",
        ["GET /api/v1/sessions/{id:long}"] = "reads one session; starts and records nothing",
        ["GET /api/v1/assessment/questions"] = "the questions only",
        ["POST /api/v1/assessment/"] = "the assessment itself: it closes the gate (Rule.GateClosed's set-up) and offers a plan only through GET /plan",
        ["GET /api/v1/assessment/gate"] = "reads the gate",
        ["POST /api/v1/assessment/clearance"] = "records a doctor's clearance: opens the gate, offers nothing itself",
        ["GET /api/v1/disclaimer/acceptance/"] = "reads the acceptance",
        ["POST /api/v1/disclaimer/acceptance/"] = "accepts the disclaimer",
        ["GET /api/v1/history"] = "reads the history",
        ["GET /api/v1/stats"] = "reads the statistics",
        ["GET /api/v1/pain/"] = "reads the pain diary",
        ["POST /api/v1/pain/"] = "a pain diary entry, not a session",
        ["GET /api/v1/export"] = "exports the history (the .ics format lists past sessions, not a routine to do)",
        ["GET /api/v1/programme"] = "the article's content, not a session",
        ["GET /api/v1/stretches"] = "the article's content, not a session",
        ["GET /api/v1/stretches/{id}"] = "the article's content, not a session",
        ["GET /api/v1/causes"] = "the article's content",
        ["GET /api/v1/benefits"] = "the article's content",
        ["GET /api/v1/references"] = "the article's content",
        ["GET /api/v1/disclaimer"] = "the disclaimer's text",
        ["GET /api/v1/push/key"] = "the server's public key",
        ["GET /api/v1/push/subscription"] = "reads a subscription; what a reminder offers is the push composer's row",
        ["PUT /api/v1/push/subscription"] = "subscribes a browser; what a reminder offers is the push composer's row",
        ["DELETE /api/v1/push/subscription"] = "unsubscribes a browser",
        ["POST /api/v1/push/test"] = "a test message with no routine and no Start button (ReminderComposer.Test)",
        ["POST /api/v1/push/snooze"] = "moves a reminder later; what it offers when sent is the push composer's row",
        ["DELETE /api/v1/reminders/desk-breaks"] = "turns desk breaks off",
        ["GET /healthz"] = "health",
        ["GET /readyz"] = "health",
        ["GET /manifest.webmanifest"] = "the app's manifest",
        ["GET /sw.js"] = "the service worker (it caches pages; every routine comes from the API rows)",
        ["ANY /history"] = "the history page reads",
        ["ANY /library"] = "the list of stretches: each one's \"do this now\" is on its own page (row ANY /library/{id})",
        ["ANY /about"] = "the article's content",
        ["ANY /language"] = "the language choice",
        ["ANY /offline"] = "the offline fallback page: no routine",
        ["ANY /lan/pair"] = "pairing a device with supple serve --lan: no routine",
        ["ANY /lan/certificate"] = "how to install supple serve --lan's certificate: no routine",
        ["ANY /assessment"] = "the assessment form: it closes or opens the gate, offers no routine (its plan link goes to /plan)",
        ["ANY /account/confirm-email"] = "accounts",
        ["ANY /account/forgot-password"] = "accounts",
        ["ANY /account/login"] = "accounts",
        ["ANY /account/login/two-factor"] = "accounts",
        ["ANY /account/passkeys"] = "accounts",
        ["ANY /account/register"] = "accounts",
        ["ANY /account/reset-password"] = "accounts",
        ["ANY /account/settings"] = "the account's settings and data export (the .ics export lists past sessions, not a routine to do)",
        ["ANY /account/two-factor"] = "accounts",
        ["GET /docs/favicon.svg"] = "the API reference page",
        ["GET /docs/scalar.aspnetcore.js"] = "the API reference page",
        ["GET /docs/scalar.js"] = "the API reference page",
        ["GET /docs/{documentName?}"] = "the API reference page",
        ["GET /openapi/{documentName}.json"] = "the OpenAPI document",
    };

    /// <summary>The doors (rows) and their cells.</summary>
    private static readonly Dictionary<string, Dictionary<Rule, Cell>> Doors = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/sessions/"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertGateRefusal(await HttpAssert.RefusedAsync(await s.PostAsync("/api/v1/sessions", new { level = "full", painBefore = 9 }), "see-doctor-first"))),
            [Rule.PainSevenPlus] = Cell.Run(async s =>
            {
                AssertGentle(await s.CreatedAsync("/api/v1/sessions", new { level = "full", painBefore = 9 }));
                AssertGentle(await s.CreatedAsync("/api/v1/sessions", new { plan = true, painBefore = 7 }));
                var six = await s.CreatedAsync("/api/v1/sessions", new { level = "full", painBefore = 6 });
                Assert.Equal("full", six.GetProperty("level").GetString());
            }),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                Assert.DoesNotContain(Paused, Played(await s.CreatedAsync("/api/v1/sessions", new { level = "standard", only = new[] { Paused, "chest-opener" } })));
                Assert.DoesNotContain(Paused, Played(await s.CreatedAsync("/api/v1/sessions", new { plan = true })));
                Assert.DoesNotContain(Paused, Played(await s.CreatedAsync("/api/v1/sessions", new { level = "full" })));
                await HttpAssert.RefusedAsync(await s.PostAsync("/api/v1/sessions", new { only = new[] { Paused } }), "all-paused");
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s => await HttpAssert.RefusedAsync(await s.PostAsync("/api/v1/sessions", new { level = "gentle" }), "above-article-range")),
            [Rule.HurtRecorded] = Cell.NA("starts a session; its hurts are reported on the session's id (rows .../steps and .../stop-for-pain)"),
        },
        ["GET /api/v1/timeline"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertGateRefusal(await HttpAssert.RefusedAsync(await s.Client.GetAsync("/api/v1/timeline?level=gentle"), "see-doctor-first"))),
            [Rule.PainSevenPlus] = Cell.NA("a preview that asks no pain: the player starts with POST /sessions, where the pain before is applied (its row)"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                Assert.DoesNotContain(Paused, Played(await s.OkAsync($"/api/v1/timeline?level=standard&only={Paused}&only=chest-opener")));
                Assert.DoesNotContain(Paused, Played(await s.OkAsync("/api/v1/timeline")));
                await HttpAssert.RefusedAsync(await s.Client.GetAsync($"/api/v1/timeline?only={Paused}"), "all-paused");
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s => await HttpAssert.RefusedAsync(await s.Client.GetAsync("/api/v1/timeline?level=full"), "above-article-range")),
            [Rule.HurtRecorded] = Cell.NA("a preview: nothing is played through it"),
        },
        ["GET /api/v1/plan/"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertGateRefusal(await HttpAssert.RefusedAsync(await s.Client.GetAsync("/api/v1/plan"), "see-doctor-first"))),
            [Rule.PainSevenPlus] = Cell.Run(async s =>
            {
                var plan = await s.OkAsync("/api/v1/plan?painBefore=8");
                Assert.True(plan.GetProperty("today").GetProperty("gentle").GetBoolean());
                Assert.Equal("gentle", plan.GetProperty("today").GetProperty("level").GetString());
                Assert.All(plan.GetProperty("stretches").EnumerateArray(), x => Assert.Equal("gentle", x.GetProperty("level").GetString()));
                Assert.Contains(plan.GetProperty("today").GetProperty("advice").EnumerateArray(), a => a.GetProperty("kind").GetString() == HighPain);
            }),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var plan = await s.OkAsync("/api/v1/plan");
                Assert.DoesNotContain(Paused, plan.GetProperty("today").GetProperty("stretchIds").EnumerateArray().Select(x => x.GetString()));
                var stretch = plan.GetProperty("stretches").EnumerateArray().Single(x => x.GetProperty("id").GetString() == Paused);
                Assert.True(stretch.GetProperty("paused").GetBoolean());
            }),
            [Rule.WithinArticleRange] = Cell.NA("shows the saved plan (levels, no durations to play); the session made from it is refused (row GET /plan/timeline)"),
            [Rule.HurtRecorded] = Cell.NA("reads the plan: nothing is played through it"),
        },
        ["GET /api/v1/plan/timeline"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertGateRefusal(await HttpAssert.RefusedAsync(await s.Client.GetAsync("/api/v1/plan/timeline"), "see-doctor-first"))),
            [Rule.PainSevenPlus] = Cell.Run(async s => AssertGentle(await s.OkAsync("/api/v1/plan/timeline?painBefore=9"))),
            [Rule.PausedNotPlayed] = Cell.Run(async s => Assert.DoesNotContain(Paused, Played(await s.OkAsync("/api/v1/plan/timeline")))),
            [Rule.WithinArticleRange] = Cell.Run(async s => await HttpAssert.RefusedAsync(await s.Client.GetAsync("/api/v1/plan/timeline"), "above-article-range")),
            [Rule.HurtRecorded] = Cell.NA("a preview: nothing is played through it"),
        },
        ["POST /api/v1/sessions/{id:long}/steps"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                // A session started before the outcome: what was played is still recorded, a hurt above all.
                var session = await s.OkAsync($"/api/v1/sessions/{s.Open[0]}/steps", new { steps = new[] { new { step = 0, end = "hurt" } } });
                Assert.Equal("stopped-for-pain", session.GetProperty("outcome").GetString());
            }),
            [Rule.PainSevenPlus] = Cell.NA("reports steps of a session whose level was fixed when it started (row POST /sessions)"),
            [Rule.PausedNotPlayed] = Cell.NA("reports steps of a started session; a paused stretch is never in it (row POST /sessions)"),
            [Rule.WithinArticleRange] = Cell.NA("reports steps of a started session, whose timeline was checked when it started"),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                // "hurt" while getting into position on a one-sided stretch, before a side has started (reproduction 3).
                var id = await s.StartAsync(new { level = "gentle", only = new[] { "upper-trapezius-stretch", "cat-camel" } });
                var session = await s.OkAsync($"/api/v1/sessions/{id}/steps", new { steps = new[] { new { step = 0, end = "hurt" } } });
                AssertHurt(session, "upper-trapezius-stretch");
                AssertHurt(await s.OkAsync($"/api/v1/sessions/{id}"), "upper-trapezius-stretch");
            }),
        },
        ["POST /api/v1/sessions/{id:long}/stop-for-pain"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertHurt(
                (await s.OkAsync($"/api/v1/sessions/{s.Open[1]}/stop-for-pain", new { painAfter = 8 })).GetProperty("session"), "cat-camel")),
            [Rule.PainSevenPlus] = Cell.NA("stops a started session: nothing more is played"),
            [Rule.PausedNotPlayed] = Cell.NA("stops a started session: nothing more is played"),
            [Rule.WithinArticleRange] = Cell.NA("stops a started session: nothing more is played"),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                var id = await s.StartAsync(new { level = "gentle", only = new[] { "upper-trapezius-stretch" } });
                var stopped = await s.OkAsync($"/api/v1/sessions/{id}/stop-for-pain", new { });
                AssertHurt(stopped.GetProperty("session"), "upper-trapezius-stretch");
                Assert.Equal(SafetyMessages.StoppedForPain, stopped.GetProperty("advice").GetString());

                // Repeated (a retry after a lost answer): the same, one hurt.
                AssertHurt((await s.OkAsync($"/api/v1/sessions/{id}/stop-for-pain", new { painAfter = 6 })).GetProperty("session"), "upper-trapezius-stretch");
            }),
        },
        ["POST /api/v1/sessions/{id:long}/finish"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var finished = await s.OkAsync($"/api/v1/sessions/{s.Open[2]}/finish", new { painAfter = 3 });
                Assert.Equal(3, finished.GetProperty("painAfter").GetInt32());
            }),
            [Rule.PainSevenPlus] = Cell.NA("ends a started session: nothing more is played"),
            [Rule.PausedNotPlayed] = Cell.NA("ends a started session: nothing more is played"),
            [Rule.WithinArticleRange] = Cell.NA("ends a started session: nothing more is played"),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                // Finishing after "this hurts" keeps the hurt and the outcome (never turned into a completed session).
                var id = await s.StartAsync(new { level = "gentle", only = new[] { "cat-camel" } });
                await s.OkAsync($"/api/v1/sessions/{id}/stop-for-pain", new { });
                var finished = await s.OkAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 7 });
                AssertHurt(finished, "cat-camel");
            }),
        },
        ["POST /api/v1/sessions/{id:long}/abandon"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => Assert.Equal("abandoned", (await s.OkAsync($"/api/v1/sessions/{s.Open[3]}/abandon", null)).GetProperty("outcome").GetString())),
            [Rule.PainSevenPlus] = Cell.NA("ends a started session: nothing more is played"),
            [Rule.PausedNotPlayed] = Cell.NA("ends a started session: nothing more is played"),
            [Rule.WithinArticleRange] = Cell.NA("ends a started session: nothing more is played"),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                // Putting aside a session stopped for pain is refused and leaves the hurt as it was.
                var id = await s.StartAsync(new { level = "gentle", only = new[] { "cat-camel" } });
                await s.OkAsync($"/api/v1/sessions/{id}/stop-for-pain", new { });
                await HttpAssert.RefusedAsync(await s.Client.PostAsync($"/api/v1/sessions/{id}/abandon", null), "session-ended");
                AssertHurt(await s.OkAsync($"/api/v1/sessions/{id}"), "cat-camel");
            }),
        },
        ["POST /api/v1/sessions/completed"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                // A session already played offline is what happened: it is recorded, not refused.
                var response = await s.PostAsync("/api/v1/sessions/completed", s.PlayedOffline!);
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            }),
            [Rule.PainSevenPlus] = Cell.NA("saves a session already played offline: its routine came from POST /sessions or a timeline before; nothing is decided here"),
            [Rule.PausedNotPlayed] = Cell.NA("saves a session already played offline; a hurt in it counts towards the pause rule like any other"),
            [Rule.WithinArticleRange] = Cell.NA("saves a session already played offline, of the programme this server plays"),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                var (routine, _) = await SessionBodies.TimelineAsync(s.Client, "gentle", "upper-trapezius-stretch");
                var body = new { clientId = Guid.NewGuid(), routine, startedAt = Now.AddMinutes(-5), steps = new[] { new { step = 0, end = "played" }, new { step = 1, end = "hurt" } } };
                var response = await s.PostAsync("/api/v1/sessions/completed", body);
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                AssertHurt(await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json), "upper-trapezius-stretch");
            }),
        },
        ["GET /api/v1/reminders/"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertHeldBack(await s.OkAsync("/api/v1/reminders"))),
            [Rule.PainSevenPlus] = Cell.NA("a time of day: what the reminder offers is the push composer's row"),
            [Rule.PausedNotPlayed] = Cell.NA("a time of day: what the reminder offers is the push composer's row"),
            [Rule.WithinArticleRange] = Cell.NA("a time of day: what the reminder offers is the push composer's row"),
            [Rule.HurtRecorded] = Cell.NA("nothing is played through it"),
        },
        ["PUT /api/v1/reminders/"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var response = await s.Client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "18:15" }, SuppleApp.Json);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                var state = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
                Assert.Equal("18:15", state.GetProperty("dailyAt").GetString()); // kept for when the gate opens
                AssertHeldBack(state);
            }),
            [Rule.PainSevenPlus] = Cell.NA("a time of day: what the reminder offers is the push composer's row"),
            [Rule.PausedNotPlayed] = Cell.NA("a time of day: what the reminder offers is the push composer's row"),
            [Rule.WithinArticleRange] = Cell.NA("a time of day: what the reminder offers is the push composer's row"),
            [Rule.HurtRecorded] = Cell.NA("nothing is played through it"),
        },
        ["PUT /api/v1/reminders/desk-breaks"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var response = await s.Client.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from = "09:00", to = "17:00", days = new[] { "friday" } }, SuppleApp.Json);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                AssertHeldBack(await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json));
                Assert.Null(await s.ComposeAsync(ReminderKind.DeskBreak)); // and no break is pushed
            }),
            [Rule.PainSevenPlus] = Cell.NA("hours of the day: what a break offers is the push composer's row"),
            [Rule.PausedNotPlayed] = Cell.NA("hours of the day: what a break offers is the push composer's row"),
            [Rule.WithinArticleRange] = Cell.NA("hours of the day: what a break offers is the push composer's row"),
            [Rule.HurtRecorded] = Cell.NA("nothing is played through it"),
        },
        [PushComposer] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                Assert.Null(await s.ComposeAsync(ReminderKind.Daily));
                Assert.Null(await s.ComposeAsync(ReminderKind.DeskBreak));
            }),
            [Rule.PainSevenPlus] = Cell.NA("a reminder asks no pain: its Start link opens the player, which asks it and starts with POST /sessions"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var daily = await s.ComposeAsync(ReminderKind.Daily);
                Assert.NotNull(daily);
                Assert.DoesNotContain(PausedName, daily.Body, StringComparison.Ordinal);
                var desk = await s.ComposeAsync(ReminderKind.DeskBreak);
                Assert.NotNull(desk);
                Assert.DoesNotContain(Paused, desk.Url, StringComparison.Ordinal);
                Assert.DoesNotContain(PausedName, desk.Body, StringComparison.Ordinal);
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s =>
            {
                Assert.Null(await s.ComposeAsync(ReminderKind.Daily));
                Assert.Null(await s.ComposeAsync(ReminderKind.DeskBreak));
            }),
            [Rule.HurtRecorded] = Cell.NA("a reminder plays nothing: its Start link opens the player, whose hurts go to .../stop-for-pain and .../steps"),
        },
        ["ANY /"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var page = await s.PageAsync("/");
                AssertRefusalShown(page);
                Assert.DoesNotContain("id=\"start-today\"", page, StringComparison.Ordinal);
                Assert.DoesNotContain("id=\"start-custom\"", page, StringComparison.Ordinal);
                Assert.DoesNotContain("/player?", page, StringComparison.Ordinal);
            }),
            [Rule.PainSevenPlus] = Cell.NA("the page asks no pain: its links open the player, which asks it and starts with POST /sessions (row), and PlayerTests show the advice"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var page = await s.PageAsync("/");
                var today = Between(page, "id=\"plan-today\"", "</div>");
                Assert.Contains("/player?plan=1", today, StringComparison.Ordinal);
                Assert.Contains("Chest opener", today, StringComparison.Ordinal);
                Assert.DoesNotContain(PausedName, today, StringComparison.Ordinal);
            }),
            [Rule.WithinArticleRange] = Cell.NA("the web serves the built-in programme only (AddSupple registers BuiltInProgramme.Instance; there is no programme option), and the page's links start with POST /sessions, which refuses a programme above the range (row)"),
            [Rule.HurtRecorded] = Cell.NA("the page plays nothing: the player does, through .../steps and .../stop-for-pain"),
        },
        ["ANY /library/{id}"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var page = await s.PageAsync("/library/cat-camel");
                AssertRefusalShown(page);
                Assert.DoesNotContain("id=\"start-stretch\"", page, StringComparison.Ordinal);
            }),
            [Rule.PainSevenPlus] = Cell.NA("\"do this now\" asks no pain: the player asks it and starts with POST /sessions (row)"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var page = await s.PageAsync($"/library/{Paused}");
                Assert.DoesNotContain("id=\"start-stretch\"", page, StringComparison.Ordinal);
                Assert.Contains("paused", page, StringComparison.Ordinal);
                Assert.Contains("id=\"start-stretch\"", await s.PageAsync("/library/chest-opener"), StringComparison.Ordinal);
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s => Assert.DoesNotContain("id=\"start-stretch\"", await s.PageAsync("/library/cat-camel"), StringComparison.Ordinal)),
            [Rule.HurtRecorded] = Cell.NA("the page plays nothing: the player does"),
        },
        ["ANY /plan"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var page = await s.PageAsync("/plan");
                AssertRefusalShown(page);
                Assert.DoesNotContain("/player?", page, StringComparison.Ordinal);
            }),
            [Rule.PainSevenPlus] = Cell.NA("the page asks no pain: its start link opens the player, which starts with POST /sessions (row)"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var page = await s.PageAsync("/plan");
                var item = Between(page, $"data-stretch=\"{Paused}\"", "</li>");
                Assert.Contains("paused", item, StringComparison.OrdinalIgnoreCase);
            }),
            [Rule.WithinArticleRange] = Cell.NA("the web serves the built-in programme only; the page's start link starts with POST /sessions (row)"),
            [Rule.HurtRecorded] = Cell.NA("the page plays nothing: the player does"),
        },
        ["ANY /player"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                // The page is a shell: it holds no routine, and the script asks the gate before anything (player.js).
                var page = await s.PageAsync("/player");
                Assert.DoesNotContain("Cat-camel", page, StringComparison.Ordinal);
                Assert.Contains("/js/player.js", page, StringComparison.Ordinal);
            }),
            [Rule.PainSevenPlus] = Cell.NA("the player asks the pain before and starts with POST /sessions (row); the browser tests (PlayerTests) show the advice it answers"),
            [Rule.PausedNotPlayed] = Cell.NA("the player plays the timeline POST /sessions answers (row)"),
            [Rule.WithinArticleRange] = Cell.NA("the player plays the timeline POST /sessions answers (row)"),
            [Rule.HurtRecorded] = Cell.NA("the player's \"this hurts\" posts .../steps or .../stop-for-pain (rows); the browser regression is PlayerTests'"),
        },
    };

    /// <summary>Not an endpoint but a door all the same: what a pushed reminder offers (the reminder sender calls it).</summary>
    private const string PushComposer = "push: ReminderComposer.ComposeAsync";

    [Fact]
    public async Task Every_endpoint_is_a_door_with_a_row_or_named_as_no_door()
    {
        await using var app = await SuppleApp.StartInMemoryAsync(new FakeTimeProvider(Now));
        var endpoints = EndpointInventory.Of(app.App);
        var missing = endpoints.Where(e => !Doors.ContainsKey(e) && !NoDoor.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "Endpoints with no rule coverage: add a row to DoorRuleMatrixTests.Doors, or the reason to NoDoor:\n" + string.Join("\n", missing));
        var gone = Doors.Keys.Concat(NoDoor.Keys).Where(k => k != PushComposer && !endpoints.Contains(k)).ToList();
        Assert.True(gone.Count == 0, "Rows for endpoints the app no longer maps:\n" + string.Join("\n", gone));
        Assert.Empty(Doors.Keys.Intersect(NoDoor.Keys));

        // The push composer row stands for the reminder sender: it must still be what the sender calls.
        Assert.NotNull(app.App.Services.GetService<ReminderComposer>());

        foreach (var (door, cells) in Doors)
        {
            Assert.True(cells.Keys.ToHashSet().SetEquals(Enum.GetValues<Rule>()), $"{door}: a cell for every rule");
            Assert.All(cells.Values, c => Assert.True(c.Check is not null ^ !string.IsNullOrWhiteSpace(c.NotApplicable), $"{door}: a check or a reason"));
        }
    }

    [Fact]
    public Task Gate_closed_every_door_refuses_with_why_and_what_to_do_and_what_happened_is_still_recorded() => RunColumnAsync(Rule.GateClosed, async s =>
    {
        await s.OkAsync("/api/v1/disclaimer/acceptance", null);
        await s.OkAsync("/api/v1/assessment", Answers());
        await s.Client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "07:30" }, SuppleApp.Json);
        for (var i = 0; i < 4; i++)
        {
            s.Open.Add(await s.StartAsync(new { level = "gentle", only = new[] { "cat-camel", "chest-opener" } }));
        }

        s.PlayedOffline = await SessionBodies.PlayedWholeAsync(s.Client, Now.AddHours(-1), only: ["chest-opener"]);
        await s.OkAsync("/api/v1/assessment", Answers(redFlag: "fever"));
    });

    [Fact]
    public Task Pain_of_7_or_more_before_makes_every_session_gentle() => RunColumnAsync(Rule.PainSevenPlus, async s =>
    {
        await s.OkAsync("/api/v1/disclaimer/acceptance", null);
        await s.OkAsync("/api/v1/assessment", Answers());
    });

    [Fact]
    public Task A_paused_stretch_is_neither_played_nor_offered() => RunColumnAsync(Rule.PausedNotPlayed, async s =>
    {
        await s.OkAsync("/api/v1/disclaimer/acceptance", null);
        await s.OkAsync("/api/v1/assessment", Answers());
        await s.Client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "07:30" }, SuppleApp.Json);
        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var id = await s.StartAsync(new { level = "gentle", only = new[] { Paused } });
            await s.OkAsync($"/api/v1/sessions/{id}/stop-for-pain", new { });
            s.Time.Advance(TimeSpan.FromHours(3)); // two sessions, at two times
        }
    });

    [Fact]
    public Task A_programme_above_the_articles_range_is_refused() => RunColumnAsync(Rule.WithinArticleRange, async s =>
    {
        await s.OkAsync("/api/v1/disclaimer/acceptance", null);
        await s.OkAsync("/api/v1/assessment", Answers());
        await s.Client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "07:30" }, SuppleApp.Json);
    }, AboveRange());

    [Fact]
    public Task This_hurts_is_recorded_at_every_door_that_plays() => RunColumnAsync(Rule.HurtRecorded, async s =>
    {
        await s.OkAsync("/api/v1/disclaimer/acceptance", null);
    });

    private static async Task RunColumnAsync(Rule rule, Func<Scenario, Task> setUp, Programme? programme = null)
    {
        var time = new FakeTimeProvider(Now);
        await using var app = programme is null
            ? await SuppleApp.StartInMemoryAsync(time)
            : await SuppleApp.StartInMemoryAsync(time, services: services => services.AddSingleton(programme));
        using var client = app.CreateClient();
        var scenario = new Scenario(app, client, time);
        await setUp(scenario);
        var failures = new List<string>();
        var ran = 0;
        foreach (var (door, cells) in Doors)
        {
            if (cells[rule].Check is not { } check)
            {
                continue;
            }

            try
            {
                await check(scenario);
                ran++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add($"{door} × {rule}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(ran > 0, $"no cell of {rule} ran");
    }

    /// <summary>The built-in programme with the first stretch asking for one set more than the article's range.</summary>
    private static Programme AboveRange()
    {
        var builtIn = BuiltInProgramme.Instance;
        var first = builtIn.Stretches[0];
        var more = first with { Dosage = first.Dosage with { Sets = new CountRange(first.Dosage.Sets.Min, first.Dosage.Sets.Max + 1) } };
        return builtIn with { Stretches = [more, .. builtIn.Stretches.Skip(1)] };
    }

    private static Dictionary<string, object> Answers(string? redFlag = null) => AssessmentBodies.Answers(redFlag);

    private static void AssertGateRefusal(JsonElement problem)
    {
        var detail = problem.GetProperty("detail").GetString() ?? "";
        Assert.Contains(SafetyMessages.HowTheGateOpens, detail, StringComparison.Ordinal);
    }

    private static void AssertRefusalShown(string page)
    {
        Assert.Contains("id=\"refusal\"", page, StringComparison.Ordinal);
        Assert.Contains(SafetyMessages.HowTheGateOpens, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("/assessment#clearance", page, StringComparison.Ordinal);
    }

    private static void AssertHeldBack(JsonElement reminders)
    {
        Assert.Equal(JsonValueKind.Null, reminders.GetProperty("nextAt").ValueKind);
        Assert.Contains(SafetyMessages.HowTheGateOpens, reminders.GetProperty("heldBack").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A session or timeline answer: every stretch at the low end of its range, with the pain advice.</summary>
    private static void AssertGentle(JsonElement answer)
    {
        Assert.Equal("gentle", answer.GetProperty("level").GetString());
        var timeline = answer.TryGetProperty("timeline", out var t) && t.ValueKind == JsonValueKind.Object ? t : answer;
        var routine = timeline.GetProperty("routine").EnumerateArray().ToList();
        Assert.NotEmpty(routine);
        Assert.All(routine, i => Assert.Equal("gentle", i.GetProperty("level").GetString()));
        Assert.Contains(answer.GetProperty("advice").EnumerateArray(), a => a.GetProperty("kind").GetString() == HighPain);
    }

    private static void AssertHurt(JsonElement session, string stretchId)
    {
        Assert.Equal("stopped-for-pain", session.GetProperty("outcome").GetString());
        Assert.Equal(stretchId, session.GetProperty("hurt").GetProperty("stretchId").GetString());
    }

    /// <summary>The stretch ids a session or timeline answer plays.</summary>
    private static List<string?> Played(JsonElement answer)
    {
        var timeline = answer.TryGetProperty("timeline", out var t) && t.ValueKind == JsonValueKind.Object ? t : answer;
        return [.. timeline.GetProperty("routine").EnumerateArray().Select(i => i.GetProperty("stretchId").GetString())];
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not on the page");
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>One rule's app and what its set-up made.</summary>
    private sealed class Scenario(SuppleApp app, HttpClient client, FakeTimeProvider time)
    {
        public FakeTimeProvider Time { get; } = time;

        public HttpClient Client { get; } = client;

        /// <summary>Sessions started before the gate closed, one for each door that records.</summary>
        public List<long> Open { get; } = [];

        public object? PlayedOffline { get; set; }

        public Task<HttpResponseMessage> PostAsync(string url, object body) => Client.PostAsJsonAsync(url, body, SuppleApp.Json);

        public async Task<JsonElement> OkAsync(string url, object? body = null, bool get = false)
        {
            var response = get ? await Client.GetAsync(url) : body is null ? await Client.PostAsync(url, null) : await Client.PostAsJsonAsync(url, body, SuppleApp.Json);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        public Task<JsonElement> OkAsync(string url) => OkAsync(url, null, get: true);

        public async Task<JsonElement> CreatedAsync(string url, object body)
        {
            var response = await PostAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{url}: {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        public async Task<long> StartAsync(object body) => (await CreatedAsync("/api/v1/sessions", body)).GetProperty("id").GetInt64();

        public async Task<string> PageAsync(string path)
        {
            var response = await Client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            return text;
        }

        public Task<ReminderMessage?> ComposeAsync(ReminderKind kind) =>
            app.App.Services.GetRequiredService<ReminderComposer>().ComposeAsync("local", kind, 0, CancellationToken.None);
    }
}
