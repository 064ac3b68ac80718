using Supple.Core.Content;
using Supple.Core.Planning;

namespace Supple.Core.Tests.Planning;

public sealed class PlanSerializerTests
{
    [Fact]
    public void A_plan_survives_a_round_trip()
    {
        var plan = Answers.PlanFor(Answers.With(PainCause.EmotionalStress) with { Props = [Prop.Chair, Prop.RolledTowel] });

        var json = PlanSerializer.Serialize(plan);
        var back = PlanSerializer.Deserialize(json);

        Assert.Equal(plan.CreatedAt, back.CreatedAt);
        Assert.Equal(plan.Causes, back.Causes);
        Assert.Equal(plan.Props, back.Props);
        Assert.Equal(plan.SuggestDeskBreaks, back.SuggestDeskBreaks);
        Assert.Equal(plan.Stretches.Select(s => (s.StretchId, s.Emphasis, string.Join("|", s.Why), s.PropNote)),
            back.Stretches.Select(s => (s.StretchId, s.Emphasis, string.Join("|", s.Why), s.PropNote)));
        Assert.Equal(plan.Omitted, back.Omitted);
        Assert.Equal(json, PlanSerializer.Serialize(back));
        Assert.Contains("\"emotionalStress\"", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"version\":2,\"plan\":{}}")]
    [InlineData("{\"version\":1,\"plan\":{\"createdAt\":\"2026-11-02T08:00:00+00:00\"}}")]
    [InlineData("{\"version\":1,\"plan\":{\"createdAt\":\"2026-11-02T08:00:00+00:00\",\"causes\":[\"Sleepy\"],\"props\":[],\"stretches\":[],\"omitted\":[]}}")]
    public void A_damaged_plan_is_a_clear_error(string json)
    {
        var ex = Assert.Throws<FormatException>(() => PlanSerializer.Deserialize(json));
        Assert.Contains("assessment again", ex.Message, StringComparison.Ordinal);
    }
}
