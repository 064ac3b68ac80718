using System.Text.Json.Nodes;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Tests.Planning;

namespace Supple.Core.Tests.Safety;

/// <summary>
/// The warning signs as their sources give them: how soon each asks for help, what the assessment says for each
/// answer, and sources a reader can check (each listed in docs/SAFETY.md).
/// </summary>
public sealed class RedFlagSourcesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RedFlag.SignificantTrauma, RedFlagUrgency.Emergency)]
    [InlineData(RedFlag.MinorTraumaWithFragileBones, RedFlagUrgency.Emergency)]
    [InlineData(RedFlag.LimbNumbnessOrWeakness, RedFlagUrgency.Emergency)]
    [InlineData(RedFlag.BladderBowelOrSaddleNumbness, RedFlagUrgency.Emergency)]
    [InlineData(RedFlag.ChestPainOrBreathlessness, RedFlagUrgency.Emergency)]
    [InlineData(RedFlag.Fever, RedFlagUrgency.SameDay)]
    [InlineData(RedFlag.UnexplainedWeightLoss, RedFlagUrgency.SameDay)]
    [InlineData(RedFlag.NightPainNotEasedByRest, RedFlagUrgency.SameDay)]
    [InlineData(RedFlag.SwellingOrDeformity, RedFlagUrgency.SameDay)]
    [InlineData(RedFlag.HistoryOfCancer, RedFlagUrgency.Soon)]
    [InlineData(RedFlag.BandLikePainAroundTorso, RedFlagUrgency.Soon)]
    public void Each_sign_asks_for_help_as_soon_as_its_sources_do(RedFlag flag, RedFlagUrgency urgency) =>
        Assert.Equal(urgency, RedFlags.Get(flag).Urgency);

    [Fact]
    public void Cancer_now_or_in_the_past_asks_for_a_GP_appointment_soon_not_the_same_day()
    {
        var doctor = Assert.IsType<SeeDoctorFirst>(Assessment.Evaluate(ArticleProgramme.Instance, Answers.WithFlags(RedFlag.HistoryOfCancer), Now));

        Assert.Equal(RedFlagUrgency.Soon, doctor.Urgency);
        Assert.Equal(SafetyMessages.SeeDoctorSoon, doctor.Message);
        Assert.Contains("as soon as you can", doctor.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("today", doctor.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("emergency", doctor.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No routine is offered", doctor.Message, StringComparison.Ordinal);
        Assert.Equal(["www.millcroftmedicalcentre.nhs.uk", "g-care.glos.nhs.uk"], RedFlags.Get(RedFlag.HistoryOfCancer).Sources.Select(s => s.Url!.Host));
    }

    [Fact]
    public void Band_like_pain_around_the_torso_is_asked_and_closes_the_gate_until_a_GP_has_seen_it()
    {
        var info = RedFlags.Find("band-like-pain-around-torso");

        Assert.NotNull(info);
        Assert.Contains("like a band", info.Question, StringComparison.Ordinal);
        Assert.Equal("www.northerntrust.hscni.net", Assert.Single(info.Sources).Url!.Host);
        var doctor = Assert.IsType<SeeDoctorFirst>(Assessment.Evaluate(ArticleProgramme.Instance, Answers.WithFlags(RedFlag.BandLikePainAroundTorso), Now));
        Assert.Equal(RedFlagUrgency.Soon, doctor.Urgency);
        Assert.Contains(info.Explanation, doctor.Reasons);
        Assert.True(SafetyGate.After(doctor, Answers.WithFlags(RedFlag.BandLikePainAroundTorso), Now).IsClosed);
    }

    [Theory]
    [InlineData(RedFlag.Fever, RedFlagUrgency.SameDay, "today")]
    [InlineData(RedFlag.ChestPainOrBreathlessness, RedFlagUrgency.Emergency, "emergency")]
    public void With_a_more_urgent_sign_the_most_urgent_advice_wins(RedFlag other, RedFlagUrgency urgency, string said)
    {
        var doctor = Assert.IsType<SeeDoctorFirst>(Assessment.Evaluate(
            ArticleProgramme.Instance, Answers.WithFlags(RedFlag.HistoryOfCancer, RedFlag.BandLikePainAroundTorso, other), Now));

        Assert.Equal(urgency, doctor.Urgency);
        Assert.Equal(other, doctor.RedFlags[0].Flag);
        Assert.Contains(said, doctor.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_for_a_stored_soon_outcome_says_book_a_GP_appointment()
    {
        var answers = Answers.WithFlags(RedFlag.HistoryOfCancer);
        var status = SafetyGate.After(Assessment.Evaluate(ArticleProgramme.Instance, answers, Now), answers, Now);

        var refusal = SafetyGate.Refusal(status);

        Assert.NotNull(refusal);
        Assert.Contains(SafetyMessages.SeeDoctorSoon, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(refusal.Sources, s => s.Url?.Host == "www.millcroftmedicalcentre.nhs.uk");
        Assert.Equal("Book a GP appointment soon.", SafetyMessages.UrgencyLabel(RedFlagUrgency.Soon));
    }

    [Fact]
    public void A_stored_soon_outcome_reads_back_and_is_spelt_soon()
    {
        var answers = Answers.WithFlags(RedFlag.HistoryOfCancer);
        var status = SafetyGate.After(Assessment.Evaluate(ArticleProgramme.Instance, answers, Now), answers, Now);

        var json = SafetyStatusSerializer.Serialize(status);

        Assert.Equal("soon", JsonNode.Parse(json)!["seeDoctor"]!["urgency"]!.GetValue<string>());
        var read = SafetyStatusSerializer.Deserialize(json);
        Assert.Equal(RedFlagUrgency.Soon, read.SeeDoctor!.Urgency);
        Assert.True(read.IsClosed);
    }

    [Fact]
    public void An_outcome_stored_before_band_like_pain_was_asked_still_reads_with_that_sign_as_no()
    {
        var answers = Answers.WithFlags(RedFlag.Fever);
        var status = SafetyGate.After(Assessment.Evaluate(ArticleProgramme.Instance, answers, Now), answers, Now);
        var json = JsonNode.Parse(SafetyStatusSerializer.Serialize(status))!;
        Assert.True(json["seeDoctor"]!["answers"]!["redFlags"]!.AsObject().Remove("band-like-pain-around-torso"));

        var read = SafetyStatusSerializer.Deserialize(json.ToJsonString());

        Assert.True(read.IsClosed);
        Assert.Equal([RedFlag.Fever], read.SeeDoctor!.Answers.RedFlags);
    }

    [Fact]
    public void No_sign_rests_on_the_page_that_could_not_be_found()
    {
        var sources = RedFlags.All.SelectMany(f => f.Sources).Append(SafetyMessages.RisingTrend.Sources[1]).ToList();

        Assert.DoesNotContain(sources, s => s.Url?.Host.Contains("bridgwater", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public void Every_source_a_sign_or_rule_cites_is_listed_in_SAFETY_md()
    {
        var doc = File.ReadAllText(RepoPaths.File("docs/SAFETY.md"));
        var urls = RedFlags.All.SelectMany(f => f.Sources)
            .Concat(SafetyMessages.RisingTrend.Sources)
            .Where(s => s.Url is not null)
            .Select(s => s.Url!.ToString())
            .Distinct()
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Contains(url, doc, StringComparison.Ordinal));
    }
}
