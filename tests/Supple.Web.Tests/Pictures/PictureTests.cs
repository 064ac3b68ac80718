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
    public void The_folder_holds_the_seven_stretches_and_the_two_cat_camel_positions()
    {
        var expected = SevenStretches.Concat(FlowPhasePictures).Order(StringComparer.Ordinal);
        Assert.Equal(expected, PictureNames());
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

    [Fact]
    public void All_pictures_share_one_style_sheet()
    {
        // One palette, one stroke width, one dark-mode rule: the same <style> text in every file.
        var styles = Directory.EnumerateFiles(PictureFolder.Path, "*.svg")
            .Select(f => XDocument.Load(f).Root!.Element(Svg + "style")?.Value ?? "(none)")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Single(styles);
        Assert.Contains("currentColor", styles[0], StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme:dark", styles[0], StringComparison.Ordinal);
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
