using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Supple.Core.Safety;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>The assessment and plan pages in a real browser: the red-flag path, the plan path into the player, the reminder.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentPageTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    /// <summary>Answers every question on the page: no to every warning sign except <paramref name="yesTo"/>.</summary>
    private async Task FillAsync(string? yesTo = null, bool posture = true, bool stress = false, string[]? props = null)
    {
        // ?retake=true: the questions again even while an earlier "see a doctor first" outcome stands.
        await Page.GotoAsync(Url("/assessment?retake=true"));
        foreach (var flag in RedFlags.All)
        {
            await Page.CheckAsync($"#q-redFlags-{flag.Id}-{(flag.Id == yesTo ? "yes" : "no")}");
        }

        await Page.FillAsync("#screen-hours", "3");
        await Page.CheckAsync($"#q-poorPosture-{(posture ? "yes" : "no")}");
        await Page.CheckAsync($"#q-stress-{(stress ? "yes" : "no")}");
        await Page.CheckAsync("#q-repetitiveStrain-no");
        await Page.CheckAsync("#q-recentInjuryOrFall-no");
        await Page.CheckAsync("#q-ageRelatedStiffness-no");
        foreach (var prop in props ?? ["chair", "foam-roller", "floor-space"])
        {
            await Page.CheckAsync($"#prop-{prop}");
        }
    }

    [Fact]
    public async Task A_warning_sign_shows_see_a_doctor_first_with_why_and_sources_and_offers_no_routine()
    {
        await FillAsync(yesTo: "chest-pain-or-breathlessness");
        await Page.ClickAsync("#make-plan");

        await Page.Locator("#see-doctor").WaitForAsync();
        Assert.Equal("Please see a doctor first", await TextAsync("#see-doctor-title"));
        Assert.Contains("emergency", await TextAsync("#doctor-message"), StringComparison.Ordinal);
        var info = RedFlags.Find("chest-pain-or-breathlessness")!;
        Assert.Contains(info.Explanation, await TextAsync("#doctor-reasons"), StringComparison.Ordinal);
        foreach (var source in info.Sources)
        {
            Assert.Equal(1, await Page.Locator($"#doctor-reasons a[href=\"{source.Url}\"]").CountAsync());
        }

        Assert.Equal(0, await Page.Locator("a[href^=\"/player\"], #start-plan, #start-today").CountAsync());
        // The outcome is stored: the plan page says why no routine is offered, and offers none.
        await Page.GotoAsync(Url("/plan"));
        await Page.Locator("#refusal").WaitForAsync();
        Assert.Equal(0, await Page.Locator("#start-plan, a[href^=\"/player\"]").CountAsync());
    }

    [Theory]
    [InlineData("history-of-cancer")]
    [InlineData("band-like-pain-around-torso")]
    public async Task A_sign_the_sources_give_no_same_day_urgency_asks_for_a_GP_appointment_soon(string flagId)
    {
        await FillAsync(yesTo: flagId);
        await Page.ClickAsync("#make-plan");

        await Page.Locator("#see-doctor").WaitForAsync();
        Assert.Contains(SafetyMessages.SeeDoctorSoon, await TextAsync("#doctor-message"), StringComparison.Ordinal);
        var reasons = await TextAsync("#doctor-reasons");
        Assert.Contains(RedFlags.Find(flagId)!.Explanation, reasons, StringComparison.Ordinal);
        Assert.Contains("Book a GP appointment soon.", reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("Get help today.", reasons, StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator("a[href^=\"/player\"], #start-plan, #start-today").CountAsync());

        // "Take the assessment again" shows the questions again (the gate stands until they are answered without the sign).
        await Page.GotoAsync(Url("/assessment"));
        var retake = await Page.Locator("a.button", new() { HasText = "Take the assessment again" }).First.GetAttributeAsync("href");
        Assert.Equal("/assessment?retake=true", retake);
        await Page.GotoAsync(Url(retake!));
        await Page.Locator("#make-plan").WaitForAsync();
        Assert.Equal(1, await Page.Locator($"#q-redFlags-{flagId}-no").CountAsync());
    }

    [Fact]
    public async Task Unanswered_questions_are_listed_and_nothing_is_saved()
    {
        await Page.GotoAsync(Url("/assessment"));
        // Send without the browser's own checks, as an old browser would.
        await Page.EvalOnSelectorAsync("#assessment-form", "f => f.noValidate = true");
        await Page.CheckAsync("#q-redFlags-fever-no");
        await Page.ClickAsync("#make-plan");
        await Page.Locator("#error-summary").WaitForAsync();
        var summary = await TextAsync("#error-summary");
        Assert.Contains(RedFlags.Find("history-of-cancer")!.Question, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(RedFlags.Find("fever")!.Question, summary, StringComparison.Ordinal);
        Assert.True(await Page.IsCheckedAsync("#q-redFlags-fever-no"), "An answer given was lost.");
        using var client = App.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/plan")).StatusCode);
    }

    [Fact]
    public async Task The_plan_is_shown_with_its_reasons_and_start_plays_the_plans_first_stretch()
    {
        await FillAsync(posture: true, stress: true, props: ["chair", "rolled-towel", "floor-space"]);
        await Page.ClickAsync("#make-plan");
        await Page.WaitForURLAsync("**/plan?made=1");
        await Page.Locator("#plan-saved").WaitForAsync();
        var items = Page.Locator("#plan-stretches > li");
        Assert.Equal(7, await items.CountAsync());
        var first = await items.First.GetAttributeAsync("data-stretch");
        Assert.Equal("shoulder-blade-squeeze", first);
        Assert.Contains("Posture:", await items.First.InnerTextAsync(), StringComparison.Ordinal);
        var thoracic = Page.Locator("#plan-stretches > li[data-stretch=\"thoracic-extension\"]");
        Assert.Contains("rolled-up towel in place of a foam roller", await thoracic.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Gentle", await thoracic.Locator(".level").InnerTextAsync(), StringComparison.Ordinal);

        // Today's start button now plays the plan.
        await Page.GotoAsync(Url("/"));
        Assert.Equal("/player?plan=1", await Page.GetAttributeAsync("#start-today", "href"));
        await Page.Clock.InstallAsync(new() { TimeDate = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc) });
        await Page.ClickAsync("#start-today");
        await Page.Locator("#screen-disclaimer:not([hidden])").WaitForAsync();
        await Page.ClickAsync("#accept-disclaimer");
        await Page.Locator("#screen-before:not([hidden])").WaitForAsync();
        Assert.StartsWith("From your plan: 7 stretches (Shoulder blade squeeze,", await TextAsync("#routine-summary"), StringComparison.Ordinal);
        await StartAsync(painBefore: 2);
        Assert.Equal("Shoulder blade squeeze · 1 of 7", await TextAsync("#stretch-name"));

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(2, session.PainBefore?.Value);
    }

    [Fact]
    public async Task High_pain_before_a_plan_session_plays_it_gentle()
    {
        using (var client = App.CreateClient())
        {
            await client.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }, SuppleApp.Json);
        }

        await FillAsync();
        await Page.ClickAsync("#make-plan");
        await Page.Locator("#plan-saved").WaitForAsync();
        await OpenPlayerAsync("plan=1");
        var started = Page.WaitForRequestAsync(r => r.Url.EndsWith("/api/v1/sessions", StringComparison.Ordinal) && r.Method == "POST");
        await StartAsync(painBefore: 8);
        var body = (await started).PostData ?? "";
        Assert.Contains("\"plan\":true", body, StringComparison.Ordinal);
        Assert.Contains("\"painBefore\":8", body, StringComparison.Ordinal);
        // The player says, while the session plays, that the server made it gentle and why.
        Assert.True(await Page.Locator("#play-advice").IsVisibleAsync());
        Assert.Contains("You rated your pain 8 out of 10", await TextAsync("#play-advice"), StringComparison.Ordinal);
        Assert.Contains("gentlest numbers", await TextAsync("#play-advice"), StringComparison.Ordinal);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(Core.Sessions.DosageLevel.Gentle, session.Level);
    }

    [Fact]
    public async Task The_daily_reminder_shows_a_banner_at_its_time_when_notifications_are_not_allowed()
    {
        using (var client = App.CreateClient())
        {
            var put = await client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "08:30" }, SuppleApp.Json);
            Assert.True(put.IsSuccessStatusCode);
        }

        await Page.Clock.InstallAsync(new() { TimeDate = new DateTime(2026, 11, 20, 8, 29, 0, DateTimeKind.Utc) });
        await Page.GotoAsync(Url("/library"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.Clock.RunForAsync(50_000);
        Assert.Equal(0, await Page.Locator("#reminder-banner").CountAsync());

        await Page.Clock.RunForAsync(11_000);
        await Page.Locator("#reminder-banner").WaitForAsync(new() { Timeout = 2000 });
        Assert.Contains("08:30", await TextAsync("#reminder-banner"), StringComparison.Ordinal);
        Assert.Equal("alert", await Page.GetAttributeAsync("#reminder-banner", "role"));

        // Once a day: another page opened later that day does not remind again.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Page.GotoAsync(Url("/history"));
        await Page.Clock.RunForAsync(120_000);
        Assert.Equal(0, await Page.Locator("#reminder-banner").CountAsync());
    }

    [Fact]
    public async Task The_reminder_time_is_set_on_the_plan_page_and_notifications_are_asked_for_from_a_button()
    {
        await Page.GotoAsync(Url("/plan"));
        // The script shows the button once it knows permission is still to be asked (after reading the reminder settings).
        var shown = await Page.Locator("#reminder-permission").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15_000 })
            .ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        Assert.True(shown, "The permission button is hidden while permission is still to be asked.");
        await Page.FillAsync("#daily-at", "07:45");
        await Page.ClickAsync("#save-reminder");
        await Page.Locator("#reminder-saved").WaitForAsync();
        Assert.Contains("07:45", await TextAsync("#reminder-status"), StringComparison.Ordinal);
        using var client = App.CreateClient();
        Assert.Equal("07:45", (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/reminders")).GetProperty("dailyAt").GetString());

        await Context.GrantPermissionsAsync(["notifications"]);
        await Page.ReloadAsync();
        await Page.Locator("#reminder-permission-status").WaitForAsync();
        Assert.False(await Page.Locator("#reminder-permission").IsVisibleAsync());
        Assert.Contains("Notifications are on", await TextAsync("#reminder-permission-status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_pages_have_no_serious_or_critical_axe_violations_and_fit_320px()
    {
        await Page.GotoAsync(Url("/assessment"));
        AssertNoSeriousViolations(await Page.RunAxe(), "assessment");
        await FillAsync(yesTo: "fever");
        await Page.ClickAsync("#make-plan");
        await Page.Locator("#see-doctor").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "see a doctor first");
        await Page.GotoAsync(Url("/assessment"));
        await Page.Locator("#clearance").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "the stored outcome, shown again");
        await Page.GotoAsync(Url("/plan"));
        AssertNoSeriousViolations(await Page.RunAxe(), "plan: none yet");
        await FillAsync(props: ["chair"]);
        await Page.ClickAsync("#make-plan");
        await Page.Locator("#plan-saved").WaitForAsync();
        AssertNoSeriousViolations(await Page.RunAxe(), "plan");
        await Page.GotoAsync(Url("/"));
        AssertNoSeriousViolations(await Page.RunAxe(), "today with a plan");

        await Page.SetViewportSizeAsync(320, 740);
        foreach (var path in new[] { "/assessment", "/plan", "/" })
        {
            await Page.GotoAsync(Url(path));
            var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 320, $"{path} is {width}px wide at 320px.");
        }
    }

    [Fact]
    public async Task Screenshots_of_the_assessment_result_and_plan_at_desktop_and_phone_widths()
    {
        var folder = PageQualityTests.ScreenshotFolder;
        Directory.CreateDirectory(folder);
        foreach (var (name, width, height) in new[] { ("desktop", 1280, 800), ("phone", 375, 740) })
        {
            await Page.SetViewportSizeAsync(width, height);
            await Page.GotoAsync(Url("/assessment"));
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-assessment.png"), FullPage = true });
            await FillAsync(yesTo: "limb-numbness-or-weakness");
            await Page.ClickAsync("#make-plan");
            await Page.Locator("#see-doctor").WaitForAsync();
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-see-doctor.png"), FullPage = true });
            await FillAsync(stress: true, props: ["chair", "rolled-towel"]);
            await Page.ClickAsync("#make-plan");
            await Page.Locator("#plan-saved").WaitForAsync();
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-plan.png"), FullPage = true });
            await Page.GotoAsync(Url("/"));
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-today-with-plan.png"), FullPage = true });
        }
    }

    private static void AssertNoSeriousViolations(Deque.AxeCore.Commons.AxeResult result, string where)
    {
        Assert.True(result.Passes.Length > 10, $"{where}: axe-core checked almost nothing ({result.Passes.Length} rules passed).");
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{where}: " + string.Join("; ", bad.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
