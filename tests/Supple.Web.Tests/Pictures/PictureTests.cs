using System.Xml.Linq;
using Supple.Core.Content;

namespace Supple.Web.Tests.Pictures;

/// <summary>The stretch pictures the player shows: one per stretch (and per flow phase), each safe, small and accessible.</summary>
public sealed class PictureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] SevenStretches =
    [
        "shoulder-blade-squeeze",
        "upper-trapezius-stretch",
        "cat-camel",
        "thoracic-extension",
        "childs-pose",
        "chest-opener",
        "seated-twist",
    ];

    private static readonly string[] FlowPhasePictures = ["cat-camel-cat", "cat-camel-camel"];

    private static readonly string[] SidePictures =
        ["upper-trapezius-stretch-left", "upper-trapezius-stretch-right", "seated-twist-left", "seated-twist-right"];

    private const string FigureColour = "#2d4a63";

    // Figure (via currentColor), accent for props and arrows, floor line; "none" switches fill or stroke off.
    private static readonly string[] Palette = ["currentColor", FigureColour, "#d9733a", "#c3cdd6", "none"];

    // Floor 3, accent 4, nose 6, arms and neck 10, legs 12, trunk 24.
    private static readonly string[] LineWidths = ["3", "4", "6", "10", "12", "24"];

    public static TheoryData<string> StretchIds => new(SevenStretches);

    public static TheoryData<string> AllPictures => new(PictureNames());

    private static IEnumerable<string> PictureNames() =>
        Directory.EnumerateFiles(PictureFolder.Path, "*.svg").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(StretchIds))]
    public void Each_stretch_has_a_picture(string id)
    {
        Assert.True(File.Exists(PictureFolder.File(id)), $"missing picture {PictureFolder.File(id)}");
    }

    [Theory]
    [InlineData("cat-camel-cat")]
    [InlineData("cat-camel-camel")]
    public void Each_cat_camel_position_has_its_own_picture(string name)
    {
        Assert.True(File.Exists(PictureFolder.File(name)), $"missing picture {PictureFolder.File(name)}");
    }

    [Fact]
    public void The_folder_holds_the_seven_stretches_the_two_cat_camel_positions_and_each_side_of_the_sided_stretches()
    {
        var expected = SevenStretches.Concat(FlowPhasePictures).Concat(SidePictures).Order(StringComparer.Ordinal);
        Assert.Equal(expected, PictureNames());
    }

    [Fact]
    public void Every_stretch_done_on_both_sides_has_a_picture_of_each_side()
    {
        var sided = BuiltInProgramme.Instance.Stretches.Where(s => s.Dosage.Sides != SideOrder.None).Select(s => s.Id).ToList();
        Assert.Equal(["upper-trapezius-stretch", "seated-twist"], sided);
        foreach (var id in sided)
        {
            Assert.True(File.Exists(PictureFolder.File(id + "-left")), $"{id}: no left picture");
            Assert.True(File.Exists(PictureFolder.File(id + "-right")), $"{id}: no right picture");
        }
    }

    [Theory]
    [InlineData("upper-trapezius-stretch")]
    [InlineData("seated-twist")]
    public void A_side_picture_says_which_hand_goes_where_and_the_other_side_says_the_mirror_of_it(string id)
    {
        var left = Describe(id + "-left");
        var right = Describe(id + "-right");
        Assert.Equal(left, SwapSides(right));
        Assert.Contains("left", left.Title, StringComparison.Ordinal);
        Assert.Contains("right", right.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_right_side_of_the_upper_trapezius_stretch_is_the_article_s_right_hand_on_the_left_side_of_the_head()
    {
        // The article: tilt the head to the right, right hand on the left side of the head; then the other side.
        var right = Describe("upper-trapezius-stretch-right").Desc;
        Assert.Contains("head tilted to their right", right, StringComparison.Ordinal);
        Assert.Contains("right hand resting on the left side of the head", right, StringComparison.Ordinal);
        var left = Describe("upper-trapezius-stretch-left").Desc;
        Assert.Contains("left hand resting on the right side of the head", left, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seated_twist_to_the_left_is_the_article_s_right_hand_outside_the_left_thigh()
    {
        // The article: right hand outside the left thigh, turn to the left, left hand on the chair back; then the other side.
        var left = Describe("seated-twist-left").Desc;
        Assert.Contains("turned to their left", left, StringComparison.Ordinal);
        Assert.Contains("the right hand on the outside of the left thigh", left, StringComparison.Ordinal);
        Assert.Contains("left hand holding the back of the chair", left, StringComparison.Ordinal);
    }

    private static (string Title, string Desc) Describe(string name)
    {
        var root = XDocument.Load(PictureFolder.File(name)).Root!;
        return (root.Element(Svg + "title")!.Value, root.Element(Svg + "desc")!.Value);
    }

    private static (string Title, string Desc) SwapSides((string Title, string Desc) text)
    {
        static string Swap(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"\b(left|right)\b", m => m.Value == "left" ? "right" : "left");
        return (Swap(text.Title), Swap(text.Desc));
    }

    [Theory]
    [MemberData(nameof(AllPictures))]
    public void Every_picture_is_a_small_safe_accessible_svg(string name)
    {
        var problems = SvgPictureRules.Check(File.ReadAllBytes(PictureFolder.File(name)));
        Assert.True(problems.Count == 0, $"{name}.svg " + string.Join("; ", problems));
    }

    [Fact]
    public void Every_stretch_and_flow_phase_of_the_built_in_programme_has_a_picture()
    {
        var missing = new List<string>();
        foreach (var stretch in BuiltInProgramme.Instance.Stretches)
        {
            var names = new List<string> { stretch.Id };
            names.AddRange(stretch.Dosage.Flow?.Phases.Select(p => $"{stretch.Id}-{p.Name.ToLowerInvariant()}") ?? []);
            missing.AddRange(names.Where(n => !File.Exists(PictureFolder.File(n))));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void All_pictures_together_stay_well_inside_the_first_load_budget()
    {
        // The player's first load is 100 KB with everything; the pictures may take at most a quarter of it.
        var total = Directory.EnumerateFiles(PictureFolder.Path, "*.svg").Sum(f => new FileInfo(f).Length);
        Assert.InRange(total, 1, 25 * 1024);
    }

    [Theory]
    [MemberData(nameof(AllPictures))]
    public void Every_picture_uses_the_shared_palette_and_line_widths(string name)
    {
        // One consistent style: the figure in currentColor (defaulting to the figure colour set on the root, so a page
        // that inlines the picture can recolour it), one accent for props and arrows, one floor colour, and a fixed
        // set of stroke widths. Mask contents (black and white) only cut gaps and are not drawn.
        var root = XDocument.Load(PictureFolder.File(name)).Root!;
        Assert.Equal(FigureColour, (string?)root.Attribute("color"));
        Assert.Equal("currentColor", (string?)root.Attribute("stroke"));
        Assert.Equal("10", (string?)root.Attribute("stroke-width"));
        Assert.Equal("round", (string?)root.Attribute("stroke-linecap"));
        Assert.Equal("round", (string?)root.Attribute("stroke-linejoin"));

        var drawn = root.Descendants().Where(e => !e.Ancestors(Svg + "mask").Any()).ToList();
        var colours = drawn.SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "fill" or "stroke" or "color")
            .Select(a => a.Value)
            .Distinct(StringComparer.Ordinal);
        Assert.All(colours, colour => Assert.Contains(colour, Palette));

        var widths = drawn.Select(e => (string?)e.Attribute("stroke-width")).OfType<string>().Distinct(StringComparer.Ordinal);
        Assert.All(widths, width => Assert.Contains(width, LineWidths));
    }

    [Theory]
    [MemberData(nameof(AllPictures))]
    public void Only_the_combined_cat_camel_picture_carries_words(string name)
    {
        // Words in a picture would need translating; only the two small position labels are allowed.
        var words = XDocument.Load(PictureFolder.File(name)).Root!.Descendants(Svg + "text").Select(t => t.Value).ToList();
        if (name == "cat-camel")
        {
            Assert.Equal(["Cat", "Camel"], words);
        }
        else
        {
            Assert.Empty(words);
        }
    }

    [Fact]
    public void Element_ids_are_unique_across_pictures_so_several_can_be_inlined_in_one_page()
    {
        var ids = Directory.EnumerateFiles(PictureFolder.Path, "*.svg")
            .SelectMany(f => XDocument.Load(f).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>())
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(AllPictures))]
    public void The_readme_describes_every_picture(string name)
    {
        var readme = File.ReadAllText(Path.Combine(PictureFolder.Path, "README.md"));
        Assert.Contains($"`{name}.svg`", readme, StringComparison.Ordinal);
    }
}
