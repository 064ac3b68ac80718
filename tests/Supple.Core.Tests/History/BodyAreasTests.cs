using Supple.Core.History;

namespace Supple.Core.Tests.History;

public sealed class BodyAreasTests
{
    [Fact]
    public void Every_area_has_a_kebab_name_that_parses_back()
    {
        foreach (var area in Enum.GetValues<BodyArea>())
        {
            var name = area.ToName();
            Assert.Matches("^[a-z]+(-[a-z]+)*$", name);
            Assert.True(BodyAreas.TryParse(name, out var back));
            Assert.Equal(area, back);
        }

        Assert.Equal(Enum.GetValues<BodyArea>().Length, BodyAreas.All.Count);
    }

    [Theory]
    [InlineData("upper-back", BodyArea.UpperBack)]
    [InlineData("NECK", BodyArea.Neck)]
    [InlineData(" shoulders ", BodyArea.Shoulders)]
    public void Names_parse_case_insensitively(string name, BodyArea expected)
    {
        Assert.True(BodyAreas.TryParse(name, out var area));
        Assert.Equal(expected, area);
    }

    [Theory]
    [InlineData("knee")]
    [InlineData("upperback")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_do_not_parse(string? name) => Assert.False(BodyAreas.TryParse(name, out _));
}
