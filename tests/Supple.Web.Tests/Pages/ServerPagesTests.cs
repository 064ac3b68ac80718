using System.Net;
using System.Text.RegularExpressions;
using Supple.Core.Content;
using Supple.Web.Tests.Api;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Pages;

/// <summary>The server-rendered pages show what the store holds and what the programme says.</summary>
public sealed partial class ServerPagesTests : ApiTestBase
{
    [Fact]
    public async Task Today_shows_the_streak_the_days_this_week_the_last_pain_and_an_unfinished_session()
    {
        var empty = await Client.GetStringAsync("/");
        Assert.Contains("id=\"streak\">0<", empty, StringComparison.Ordinal);
        Assert.Contains("no pain score yet", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Unfinished session", empty, StringComparison.Ordinal);

        // Friday 20 and Saturday 21 November (one week), then an unfinished session on the Saturday.
        await FinishedSessionAsync(painAfter: 3);
        Time.Advance(TimeSpan.FromDays(1));
        await FinishedSessionAsync(painAfter: 2);
        Time.Advance(TimeSpan.FromHours(1));
        var open = await StartSessionAsync(new { level = "gentle", only = new[] { "cat-camel", "childs-pose" } });

        var today = await Client.GetStringAsync("/");
        Assert.Contains("id=\"streak\">2<", today, StringComparison.Ordinal);
        Assert.Contains("id=\"week-days\">2<", today, StringComparison.Ordinal);
        Assert.Contains("id=\"last-pain\">2<", today, StringComparison.Ordinal);
        Assert.Contains("Unfinished session", today, StringComparison.Ordinal);
        Assert.Contains("; no stretch was saved yet.</p>", today, StringComparison.Ordinal);

        await SessionBodies.PlayFirstStretchesAsync(Client, open, 1);
        Assert.Contains(" and saved 1 stretch.</p>", await Client.GetStringAsync("/"), StringComparison.Ordinal);
        await SessionBodies.PlayFirstStretchesAsync(Client, open, 2);
        var two = await Client.GetStringAsync("/");
        Assert.Contains(" and saved 2 stretches.</p>", two, StringComparison.Ordinal);
        Assert.DoesNotContain("(es)", two, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Today_without_a_plan_never_says_all_seven_while_a_stretch_is_paused()
    {
        Assert.Contains("All seven stretches, in the middle of each range.", await Client.GetStringAsync("/"), StringComparison.Ordinal);

        // The squeeze hurts in two sessions within 7 days: it is paused, and a session started now leaves it out.
        foreach (var daysAgo in new[] { 2, 1 })
        {
            var hurt = await PostAsync("/api/v1/sessions/completed", new
            {
                clientId = Guid.NewGuid(),
                routine = new[] { new { stretchId = "shoulder-blade-squeeze", level = "gentle" } },
                startedAt = Start.AddDays(-daysAgo),
                steps = new object[] { new { step = 0, end = "played" }, new { step = 1, end = "hurt", seconds = 2 } },
            });
            Assert.Equal(HttpStatusCode.Created, hurt.StatusCode);
        }

        var page = await Client.GetStringAsync("/");
        Assert.DoesNotContain("All seven", page, StringComparison.Ordinal);
        Assert.Contains("id=\"start-today\"", page, StringComparison.Ordinal);
        Assert.Contains(">Upper trapezius stretch, Cat-camel stretch, Thoracic extension stretch, ", page, StringComparison.Ordinal);
        Assert.Contains("Chest opener stretch, Seated twist, in the middle of each range.", page, StringComparison.Ordinal);
        Assert.Contains("Paused because each hurt twice within 7 days: Shoulder blade squeeze. Ask a doctor or physiotherapist before you start them again.", page, StringComparison.Ordinal);

        // In the reader's language too.
        using var german = new HttpRequestMessage(HttpMethod.Get, "/");
        german.Headers.AcceptLanguage.ParseAdd("de");
        var deutsch = await (await Client.SendAsync(german)).Content.ReadAsStringAsync();
        Assert.Contains("Pausiert, weil sie innerhalb von 7 Tagen zweimal wehgetan haben: Schulterblätter zusammenziehen.", System.Net.WebUtility.HtmlDecode(deutsch), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_lists_sessions_and_marks_practised_days()
    {
        await FinishedSessionAsync(painAfter: 1);
        var page = await Client.GetStringAsync("/history");
        Assert.Contains("Friday 20 November: practised", page, StringComparison.Ordinal);
        Assert.Contains("completed", page, StringComparison.Ordinal);
        Assert.Contains("4 → 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pain_chart_joins_readings_on_following_days_and_draws_no_line_across_days_without_one()
    {
        // Friday and Saturday, then nothing for five days, then Friday and Saturday of the next week.
        await FinishedSessionAsync(painAfter: 3);
        Time.Advance(TimeSpan.FromDays(1));
        await FinishedSessionAsync(painAfter: 2);
        Time.Advance(TimeSpan.FromDays(6));
        await FinishedSessionAsync(painAfter: 2);
        Time.Advance(TimeSpan.FromDays(1));
        await FinishedSessionAsync(painAfter: 1);

        var page = await Client.GetStringAsync("/history");
        var lines = PolylinePoints().Matches(page).Select(m => (Kind: m.Groups[1].Value, Points: m.Groups[2].Value.Split(' ').Length)).ToList();
        // Two lines of two points for each kind: the gap between the weeks is not bridged.
        Assert.Equal([("before", 2), ("before", 2), ("after", 2), ("after", 2)], lines);
        Assert.Equal(8, CircleCount().Count(page));
    }

    [GeneratedRegex("<polyline class=\"(before|after)\" points=\"([^\"]*)\"")]
    private static partial Regex PolylinePoints();

    [GeneratedRegex("<circle cx=")]
    private static partial Regex CircleCount();

    [Fact]
    public async Task Every_stretch_has_its_page_with_steps_cues_and_picture()
    {
        foreach (var stretch in BuiltInProgramme.Instance.Stretches)
        {
            var page = WebUtility.HtmlDecode(await Client.GetStringAsync($"/library/{stretch.Id}"));
            if (stretch.Dosage.Sides == SideOrder.None)
            {
                Assert.Contains($"/img/stretches/{stretch.Id}.svg", page, StringComparison.Ordinal);
            }
            else
            {
                // A sided stretch shows each side's picture, in the order the article does them.
                var left = page.IndexOf($"/img/stretches/{stretch.Id}-left.svg", StringComparison.Ordinal);
                var right = page.IndexOf($"/img/stretches/{stretch.Id}-right.svg", StringComparison.Ordinal);
                Assert.True(left >= 0 && right >= 0, $"{stretch.Id}: both side pictures");
                Assert.Equal(stretch.Dosage.Sides == SideOrder.LeftThenRight, left < right);
            }

            foreach (var text in stretch.Steps.Concat(stretch.Cues).Append(stretch.Summary))
            {
                Assert.Contains(text, page, StringComparison.Ordinal);
            }

            foreach (var number in stretch.ReferenceNumbers)
            {
                Assert.Contains(BuiltInProgramme.Instance.FindReference(number)!.Url.ToString(), page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_stretch_page_names_its_props_in_the_words_the_assessment_uses()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync("/library/thoracic-extension"));
        var assessment = WebUtility.HtmlDecode(await Client.GetStringAsync("/assessment"));
        Assert.Contains("A foam roller or a rolled-up towel, and room on the floor", page, StringComparison.Ordinal);
        Assert.Contains("room on the floor", assessment, StringComparison.Ordinal);
        Assert.DoesNotContain("space on the floor", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_stretch_page_is_a_404_page()
    {
        var response = await Client.GetAsync("/library/handstand");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Stretch not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task About_has_causes_benefits_advice_stop_rule_references_and_disclaimer()
    {
        var programme = BuiltInProgramme.Instance;
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync("/about"));
        foreach (var text in programme.Causes.Select(c => c.Name).Concat(programme.Benefits.Select(b => b.Name))
                     .Append(programme.DailyAdvice).Append(programme.StopRule).Append(programme.Disclaimer)
                     .Concat(programme.References.Select(r => r.Url.ToString())))
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
    }

    private async Task FinishedSessionAsync(int painAfter)
    {
        var id = await StartSessionAsync(new { level = "gentle", only = new[] { "cat-camel" }, painBefore = 4 });
        await SessionBodies.PlayAllAsync(Client, id);
        Time.Advance(TimeSpan.FromMinutes(10));
        var finish = await PostAsync($"/api/v1/sessions/{id}/finish", new { painAfter });
        Assert.True(finish.IsSuccessStatusCode, await finish.Content.ReadAsStringAsync());
    }
}
