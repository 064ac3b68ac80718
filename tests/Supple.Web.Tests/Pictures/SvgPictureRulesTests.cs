using System.Text;

namespace Supple.Web.Tests.Pictures;

/// <summary>The picture rules themselves: a good picture passes, and each kind of bad one is caught and named.</summary>
public sealed class SvgPictureRulesTests
{
    private const string Good =
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 240" role="img" aria-labelledby="x-t x-d">
        <title id="x-t">A pose</title>
        <desc id="x-d">A person standing upright, seen from the side, arms relaxed.</desc>
        <defs><mask id="m"><rect width="320" height="240" fill="#fff"/></mask></defs>
        <path d="M0 0L10 10" mask="url(#m)"/>
        <use href="#m"/>
        </svg>
        """;

    private static IReadOnlyList<string> Check(string svg) => SvgPictureRules.Check(Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void A_good_picture_has_no_problems()
    {
        Assert.Empty(Check(Good));
    }

    [Theory]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<script>alert(1)</script>", "contains <script>")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<foreignObject/>", "contains <foreignObject>")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<image href=\"#m\"/>", "contains <image>")]
    [InlineData("<use href=\"#m\"/>", "<use href=\"https://example.com/a.svg#x\"/>", "points outside the file")]
    [InlineData("<use href=\"#m\"/>", "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"other.svg#x\"/>", "points outside the file")]
    [InlineData("<use href=\"#m\"/>", "<a href=\"javascript:alert(1)\"/>", "points outside the file")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<path d=\"M0 0\" onclick=\"x()\"/>", "is an event handler")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<path d=\"M0 0\" fill=\"url(http://example.com/p.svg#g)\"/>", "outside the file")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<path d=\"M0 0\" fill=\"url(data:image/png;base64,AAAA)\"/>", "data: URL")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<style>p{fill:red}</style>", "contains <style>")]
    [InlineData("<path d=\"M0 0L10 10\" mask=\"url(#m)\"/>", "<path d=\"M0 0\" style=\"stroke-width:6\"/>", "is an inline style")]
    [InlineData("<title id=\"x-t\">A pose</title>", "", "has no <title>")]
    [InlineData("<title id=\"x-t\">A pose</title>", "<title id=\"x-t\"> </title>", "<title> is shorter")]
    [InlineData("<desc id=\"x-d\">A person standing upright, seen from the side, arms relaxed.</desc>", "", "has no <desc>")]
    [InlineData("<desc id=\"x-d\">A person standing upright, seen from the side, arms relaxed.</desc>", "<desc id=\"x-d\">A pose.</desc>", "<desc> is shorter")]
    [InlineData(" viewBox=\"0 0 320 240\"", "", "has no viewBox")]
    [InlineData(" viewBox=\"0 0 320 240\"", " viewBox=\"0 0 100 100\"", "viewBox is \"0 0 100 100\"")]
    [InlineData(" role=\"img\"", "", "role=\"img\"")]
    [InlineData("aria-labelledby=\"x-t x-d\"", "aria-labelledby=\"x-t nope\"", "names \"nope\"")]
    [InlineData("<use href=\"#m\"/>", "<use href=\"#m\">", "not well-formed XML")]
    [InlineData("xmlns=\"http://www.w3.org/2000/svg\"", "xmlns=\"http://example.com/not-svg\"", "not an SVG")]
    public void Each_kind_of_bad_picture_is_named(string replace, string with, string expected)
    {
        Assert.Contains(replace, Good, StringComparison.Ordinal);
        var problems = Check(Good.Replace(replace, with, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_type_declaration_is_refused_rather_than_processed()
    {
        var svg = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Good;
        Assert.Contains(Check(svg), p => p.Contains("not well-formed XML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_over_the_size_budget_is_named()
    {
        var padding = new string(' ', SvgPictureRules.MaxBytes);
        var problems = Check(Good.Replace("</svg>", padding + "</svg>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("over the 4096-byte budget", StringComparison.Ordinal));
    }
}
