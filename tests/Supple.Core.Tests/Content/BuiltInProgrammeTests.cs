using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>The built-in programme against the article, field by field.</summary>
public sealed class BuiltInProgrammeTests
{
    private static readonly Programme Programme = BuiltInProgramme.Instance;

    private static Stretch Stretch(string id) =>
        Programme.FindStretch(id) ?? throw new Xunit.Sdk.XunitException($"stretch '{id}' is missing");

    [Fact]
    public void Has_the_seven_stretches_in_the_articles_order()
    {
        Assert.Equal(
            ["shoulder-blade-squeeze", "upper-trapezius-stretch", "cat-camel", "thoracic-extension", "childs-pose", "chest-opener", "seated-twist"],
            Programme.Stretches.Select(s => s.Id));
    }

    [Theory]
    [InlineData("shoulder-blade-squeeze", "Shoulder blade squeeze")]
    [InlineData("upper-trapezius-stretch", "Upper trapezius stretch")]
    [InlineData("cat-camel", "Cat-camel stretch")]
    [InlineData("thoracic-extension", "Thoracic extension stretch")]
    [InlineData("childs-pose", "Child's pose")]
    [InlineData("chest-opener", "Chest opener stretch")]
    [InlineData("seated-twist", "Seated twist")]
    public void Every_stretch_has_its_name_summary_setup_and_prompts(string id, string name)
    {
        var stretch = Stretch(id);
        Assert.Equal(name, stretch.Name);
        Assert.False(string.IsNullOrWhiteSpace(stretch.Summary));
        Assert.False(string.IsNullOrWhiteSpace(stretch.Setup));
        Assert.False(string.IsNullOrWhiteSpace(stretch.Prompts.Hold));
        Assert.False(string.IsNullOrWhiteSpace(stretch.Prompts.Release));
        Assert.NotEmpty(stretch.Cues);
        Assert.All(stretch.Steps, step => Assert.False(string.IsNullOrWhiteSpace(step)));
    }

    // id, positions, hold min, hold max (0 = flow), reps min, reps max, sets min, sets max, sides, steps in the article
    [Theory]
    [InlineData("shoulder-blade-squeeze", "standing,sitting", 5, 10, 10, 15, 1, 1, SideOrder.None, 4)]
    [InlineData("upper-trapezius-stretch", "standing,sitting", 20, 30, 2, 3, 1, 1, SideOrder.RightThenLeft, 6)]
    [InlineData("cat-camel", "hands-and-knees", 0, 0, 10, 12, 1, 1, SideOrder.None, 5)]
    [InlineData("thoracic-extension", "floor", 15, 20, 1, 1, 2, 3, SideOrder.None, 8)]
    [InlineData("childs-pose", "kneeling", 30, 60, 1, 1, 1, 1, SideOrder.None, 6)]
    [InlineData("chest-opener", "standing", 15, 20, 2, 3, 1, 1, SideOrder.None, 6)]
    [InlineData("seated-twist", "chair-edge", 20, 30, 1, 1, 2, 3, SideOrder.LeftThenRight, 9)]
    public void Dosage_positions_and_steps_match_the_article(
        string id, string positions, int holdMin, int holdMax, int repsMin, int repsMax, int setsMin, int setsMax,
        SideOrder sides, int steps)
    {
        var stretch = Stretch(id);
        Assert.Equal(positions.Split(','), stretch.Positions.Select(EnumNames<Position>.Name));
        if (holdMin == 0)
        {
            Assert.Null(stretch.Dosage.Hold);
            Assert.NotNull(stretch.Dosage.Flow);
        }
        else
        {
            Assert.NotNull(stretch.Dosage.Hold);
            Assert.Null(stretch.Dosage.Flow);
            Assert.Equal((holdMin, holdMax), (stretch.Dosage.Hold.Min, stretch.Dosage.Hold.Max));
        }

        Assert.Equal((repsMin, repsMax), (stretch.Dosage.Reps.Min, stretch.Dosage.Reps.Max));
        Assert.Equal((setsMin, setsMax), (stretch.Dosage.Sets.Min, stretch.Dosage.Sets.Max));
        Assert.Equal(sides, stretch.Dosage.Sides);
        Assert.Equal(steps, stretch.Steps.Count);
    }

    // id, props as "a|b" alternatives separated by ",", references cited
    [Theory]
    [InlineData("shoulder-blade-squeeze", "", "")]
    [InlineData("upper-trapezius-stretch", "", "6")]
    [InlineData("cat-camel", "floor-space", "")]
    [InlineData("thoracic-extension", "foam-roller|rolled-towel,floor-space", "7")]
    [InlineData("childs-pose", "floor-space", "")]
    [InlineData("chest-opener", "", "")]
    [InlineData("seated-twist", "chair", "")]
    public void Props_and_references_match_the_article(string id, string props, string references)
    {
        var stretch = Stretch(id);
        var actualProps = string.Join(",", stretch.Props.Select(p => string.Join("|", p.AnyOf.Select(EnumNames<Prop>.Name))));
        Assert.Equal(props, actualProps);
        Assert.Equal(references, string.Join(",", stretch.ReferenceNumbers));
    }

    [Fact]
    public void Cat_camel_flows_between_cat_and_camel_three_seconds_each()
    {
        var flow = Stretch("cat-camel").Dosage.Flow;
        Assert.NotNull(flow);
        Assert.Equal(["Cat", "Camel"], flow.Phases.Select(p => p.Name));
        Assert.All(flow.Phases, p => Assert.Equal(3, p.Seconds));
        Assert.Contains("chin", flow.Phases[0].Instruction, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("belly", flow.Phases[1].Instruction, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("look forward", flow.Phases[1].Instruction, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_the_sided_stretches_have_side_prompts()
    {
        foreach (var stretch in Programme.Stretches)
        {
            Assert.Equal(stretch.Dosage.EachSide, stretch.Prompts.RightSide is not null);
            Assert.Equal(stretch.Dosage.EachSide, stretch.Prompts.LeftSide is not null);
        }
    }

    [Fact]
    public void Upper_trapezius_side_prompts_say_which_ear_and_hand()
    {
        var prompts = Stretch("upper-trapezius-stretch").Prompts;
        Assert.Contains("right ear toward your right shoulder", prompts.RightSide, StringComparison.Ordinal);
        Assert.Contains("right hand on the left side of your head", prompts.RightSide, StringComparison.Ordinal);
        Assert.Contains("left ear toward your left shoulder", prompts.LeftSide, StringComparison.Ordinal);
        Assert.Contains("left hand on the right side of your head", prompts.LeftSide, StringComparison.Ordinal);
    }

    [Fact]
    public void Seated_twist_goes_left_first_with_the_right_hand_outside_the_left_thigh()
    {
        var twist = Stretch("seated-twist");
        Assert.Equal(SideOrder.LeftThenRight, twist.Dosage.Sides);
        Assert.Contains("Right hand outside your left thigh near the knee", twist.Prompts.LeftSide, StringComparison.Ordinal);
        Assert.Contains("twist gently to the left", twist.Prompts.LeftSide, StringComparison.Ordinal);
        Assert.Contains("left hand on the back of the chair", twist.Prompts.LeftSide, StringComparison.Ordinal);
        Assert.Contains("twist gently to the right", twist.Prompts.RightSide, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("childs-pose", "slow, deep breaths")]
    [InlineData("seated-twist", "Breathe in to lengthen your spine; breathe out as you twist")]
    [InlineData("seated-twist", "hips facing forward")]
    [InlineData("seated-twist", "Never force the twist")]
    [InlineData("chest-opener", "Breathe deeply")]
    [InlineData("chest-opener", "arms straight")]
    [InlineData("chest-opener", "Palms face inward")]
    [InlineData("cat-camel", "smoothly and with control")]
    [InlineData("thoracic-extension", "chin gently tucked")]
    [InlineData("thoracic-extension", "gentle")]
    public void Breathing_and_form_cues_are_carried_over(string id, string cue)
    {
        Assert.Contains(Stretch(id).Cues, c => c.Contains(cue, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("shoulder-blade-squeeze", 2, "pencil")]
    [InlineData("shoulder-blade-squeeze", 3, "5 to 10 seconds")]
    [InlineData("shoulder-blade-squeeze", 4, "10 to 15 times")]
    [InlineData("upper-trapezius-stretch", 4, "20 to 30 seconds")]
    [InlineData("upper-trapezius-stretch", 6, "2 to 3 times on each side")]
    [InlineData("cat-camel", 5, "10 to 12 repetitions")]
    [InlineData("thoracic-extension", 2, "foam roller or a rolled-up towel")]
    [InlineData("thoracic-extension", 7, "15 to 20 seconds")]
    [InlineData("thoracic-extension", 8, "2 to 3 sets")]
    [InlineData("childs-pose", 1, "slightly wider apart than your hips")]
    [InlineData("childs-pose", 5, "30 to 60 seconds")]
    [InlineData("chest-opener", 2, "palms facing inward")]
    [InlineData("chest-opener", 5, "15 to 20 seconds")]
    [InlineData("chest-opener", 6, "2 to 3 times")]
    [InlineData("seated-twist", 2, "right hand on the outside of your left thigh")]
    [InlineData("seated-twist", 7, "20 to 30 seconds")]
    [InlineData("seated-twist", 9, "2 to 3 sets of twists on each side")]
    public void Steps_carry_the_articles_numbers_in_order(string id, int stepNumber, string fact)
    {
        Assert.Contains(fact, Stretch(id).Steps[stepNumber - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_seven_references_have_the_articles_exact_urls()
    {
        Assert.Equal(
            [
                (1, "https://www.spine-health.com/conditions/upper-back-pain/causes-upper-back-pain"),
                (2, "https://www.physio-pedia.com/Inactivity_and_Low_Back_Pain"),
                (3, "https://www.ncbi.nlm.nih.gov/books/NBK560772/"),
                (4, "https://www.health.harvard.edu/staying-healthy/the-importance-of-stretching"),
                (5, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4934575/"),
                (6, "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5721192/"),
                (7, "https://www.healthline.com/health/fitness/thoracic-mobility-exercises"),
            ],
            Programme.References.Select(r => (r.Number, r.Url.OriginalString)));
        Assert.All(Programme.References, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
    }

    [Fact]
    public void Seven_causes_with_the_articles_citations()
    {
        Assert.Equal(
            [
                ("poor-posture", "1"), ("muscle-tension", ""), ("sedentary-lifestyle", "2"), ("repetitive-strain", ""),
                ("injury-or-trauma", ""), ("age-related-degeneration", "3"), ("emotional-stress", ""),
            ],
            Programme.Causes.Select(c => (c.Id, string.Join(",", c.ReferenceNumbers))));
        Assert.All(Programme.Causes, c => Assert.False(string.IsNullOrWhiteSpace(c.Name + c.Description)));
        Assert.Contains("medical care", Programme.Causes.Single(c => c.Id == "injury-or-trauma").Description, StringComparison.Ordinal);
        Assert.Contains("osteoarthritis", Programme.Causes.Single(c => c.Id == "age-related-degeneration").Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_benefits_with_the_articles_citations()
    {
        Assert.Equal(
            [
                ("relieves-muscle-tension", ""), ("improves-flexibility", "4"), ("relieves-pain-and-discomfort", ""),
                ("corrects-postural-imbalances", "5"), ("enhances-spinal-health", ""),
            ],
            Programme.Benefits.Select(b => (b.Id, string.Join(",", b.ReferenceNumbers))));
        Assert.Contains("endorphins", Programme.Benefits.Single(b => b.Id == "relieves-pain-and-discomfort").Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_advice_stop_rule_closing_advice_and_disclaimer_are_present()
    {
        Assert.Contains("at least once every day", Programme.DailyAdvice, StringComparison.Ordinal);
        Assert.Contains("excruciatingly painful", Programme.StopRule, StringComparison.Ordinal);
        Assert.Contains("stop", Programme.StopRule, StringComparison.Ordinal);
        Assert.Contains("see a doctor", Programme.StopRule, StringComparison.Ordinal);
        Assert.Contains("listen to your body", Programme.ClosingAdvice, StringComparison.Ordinal);
        Assert.Contains("good technique", Programme.ClosingAdvice, StringComparison.Ordinal);
        Assert.Contains("professional", Programme.ClosingAdvice, StringComparison.Ordinal);
        Assert.Contains("does not replace professional medical advice, diagnosis or treatment", Programme.Disclaimer, StringComparison.Ordinal);
        Assert.Contains("qualified health-care provider", Programme.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_and_source_name_the_article()
    {
        Assert.Equal("Seven upper-back stretches for pain relief and relaxation", Programme.Title);
        Assert.Contains("7 Upper back stretches for pain relief and relaxation", Programme.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Transitions_are_the_apps_pacing()
    {
        Assert.Equal(new Transitions(10, 5, 5, 10), Programme.Transitions);
    }

    [Fact]
    public void Every_cited_reference_is_defined()
    {
        var cited = Programme.Stretches.SelectMany(s => s.ReferenceNumbers)
            .Concat(Programme.Causes.SelectMany(c => c.ReferenceNumbers))
            .Concat(Programme.Benefits.SelectMany(b => b.ReferenceNumbers));
        Assert.All(cited, n => Assert.NotNull(Programme.FindReference(n)));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], cited.Distinct().Order());
    }

    [Fact]
    public void Text_is_reworded_not_copied_from_the_article()
    {
        // A long run of the article's words in our text would mean a sentence was copied.
        var article = Normalise(ArticleSentences);
        foreach (var text in AllText(Programme))
        {
            var words = Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 12 <= words.Length; i++)
            {
                var run = string.Join(' ', words[i..(i + 12)]);
                Assert.DoesNotContain(run, article, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<string> AllText(Programme p) =>
        new[] { p.DailyAdvice, p.StopRule, p.ClosingAdvice, p.Disclaimer }
            .Concat(p.Causes.Select(c => c.Description))
            .Concat(p.Benefits.Select(b => b.Description))
            .Concat(p.Stretches.SelectMany(s => s.Steps.Append(s.Summary).Append(s.Setup)));

    private static string Normalise(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());

    // A few of the article's longer sentences, for the copy check above.
    private const string ArticleSentences =
        "The muscles and ligaments in the upper back might experience excessive stress from slouching, hunching over computers or workstations and maintaining poor alignment. "
        + "Place a foam roller or rolled-up towel horizontally on the floor beneath your shoulder blades. "
        + "Always seek the advice of your physician or other qualified health care provider with any questions you may have regarding a medical condition or treatment. "
        + "Regular stretching increases the spine's pliability and mobility, particularly in the thoracic area, which makes up the upper back. "
        + "Try to do these stretches at least once every day, and if any of them are excruciatingly painful, stop doing them right once and see a doctor.";
}
