using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Browser;

/// <summary>What a phone (390 × 844) draws: text that fits its boxes and does not sit on other text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser) : BrowserTestBase(browser)
{
    private sealed record Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;

        public bool Overlaps(Box other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
    }

    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [Fact]
    public async Task The_pain_chart_labels_lie_inside_the_chart_and_apart_from_each_other()
    {
        using var client = App.CreateClient();
        var start = await client.PostAsJsonAsync("/api/v1/sessions", new { level = "gentle", only = new[] { "cat-camel" }, painBefore = 10 }, SuppleApp.Json);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await client.PostAsJsonAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 0 }, SuppleApp.Json);

        await Page.GotoAsync(Url("/history"));
        var chart = await BoxOfAsync(Page.Locator("svg.chart"));
        var labels = new List<(string Text, Box Box)>();
        foreach (var label in await Page.Locator("svg.chart text").AllAsync())
        {
            labels.Add((await label.TextContentAsync() ?? "", await BoxOfAsync(label)));
        }

        Assert.Equal(5, labels.Count); // 0, 5, 10, the first day and "today"
        foreach (var (text, box) in labels)
        {
            Assert.True(box.X >= chart.X && box.Right <= chart.Right && box.Y >= chart.Y && box.Bottom <= chart.Bottom,
                $"'{text}' at {box} is not inside the chart at {chart}.");
        }

        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Box.Overlaps(labels[j].Box), $"'{labels[i].Text}' and '{labels[j].Text}' overlap.");
            }
        }
    }

    [Fact]
    public async Task An_assessment_question_uses_the_width_of_its_row_with_the_answers_below_it()
    {
        await Page.GotoAsync(Url("/assessment"));
        var questions = await Page.Locator("fieldset.yes-no").AllAsync();
        Assert.True(questions.Count >= 10);
        var wrapped = 0;
        foreach (var question in questions)
        {
            var text = await question.Locator("legend").TextContentAsync();
            var row = await BoxOfAsync(question);
            var legend = await BoxOfAsync(question.Locator("legend"));
            var yes = await BoxOfAsync(question.Locator("label").First);
            wrapped += legend.Height > 30 ? 1 : 0;
            // A boxed fieldset indents a legend and draws its top border through a question that wraps; a row
            // does neither: the question starts at the row's left edge, inside it, with the answers below.
            Assert.True(Math.Abs(legend.X - row.X) <= 1, $"'{text}' is indented {legend.X - row.X:0} px in its row.");
            Assert.True(legend.Y >= row.Y && legend.Right <= row.Right + 1, $"'{text}' at {legend} is not inside its row at {row}.");
            Assert.True(yes.Y >= legend.Bottom - 1, $"the answers of '{text}' overlap it.");
        }

        Assert.True(wrapped > 0, "no question wraps at 390 px, so this test checks nothing");
    }

    private static async Task<Box> BoxOfAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not drawn");
        return new Box(box.X, box.Y, box.Width, box.Height);
    }
}
