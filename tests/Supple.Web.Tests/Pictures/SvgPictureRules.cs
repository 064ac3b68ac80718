using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Supple.Web.Tests.Pictures;

/// <summary>
/// What every stretch picture must be: a small, self-contained, accessible SVG that is safe to serve and to inline,
/// styled with presentation attributes only so that a strict Content-Security-Policy cannot break it.
/// <see cref="Check"/> returns the problems found (empty when the picture is fine), so a failing test names them all.
/// </summary>
internal static partial class SvgPictureRules
{
    /// <summary>Largest picture in bytes: the player's first load (100 KB) includes every picture.</summary>
    public const int MaxBytes = 4096;

    /// <summary>Every picture uses the same canvas so the player can lay them out alike.</summary>
    public const string ViewBox = "0 0 320 240";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    // Elements that run code, pull in other documents or carry raster images; and <style>, which a strict
    // Content-Security-Policy (style-src 'self') refuses both in an inlined SVG and in an SVG served as an image.
    private static readonly string[] ForbiddenElements = ["script", "foreignObject", "image", "iframe", "object", "embed", "audio", "video", "style"];

    public static IReadOnlyList<string> Check(byte[] bytes)
    {
        var problems = new List<string>();
        if (bytes.Length > MaxBytes)
        {
            problems.Add($"is {bytes.Length} bytes, over the {MaxBytes}-byte budget");
        }

        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            problems.Add($"is not well-formed XML: {e.Message}");
            return problems;
        }

        var root = doc.Root!;
        if (root.Name != Svg + "svg")
        {
            problems.Add($"root element is {root.Name}, not an SVG <svg>");
            return problems;
        }

        var viewBox = (string?)root.Attribute("viewBox");
        if (viewBox is null)
        {
            problems.Add("has no viewBox");
        }
        else if (viewBox != ViewBox)
        {
            problems.Add($"viewBox is \"{viewBox}\", expected \"{ViewBox}\"");
        }

        if ((string?)root.Attribute("role") != "img")
        {
            problems.Add("root lacks role=\"img\"");
        }

        CheckText(root, "title", minLength: 3, problems);
        CheckText(root, "desc", minLength: 40, problems);
        CheckLabelledBy(root, problems);

        foreach (var element in root.DescendantsAndSelf())
        {
            if (ForbiddenElements.Contains(element.Name.LocalName, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"contains <{element.Name.LocalName}>");
            }

            foreach (var attribute in element.Attributes())
            {
                CheckAttribute(element, attribute, problems);
            }
        }

        return problems;
    }

    private static void CheckText(XElement root, string name, int minLength, List<string> problems)
    {
        var element = root.Element(Svg + name);
        if (element is null)
        {
            problems.Add($"has no <{name}> directly inside <svg>");
        }
        else if (element.Value.Trim().Length < minLength)
        {
            problems.Add($"<{name}> is shorter than {minLength} characters");
        }
    }

    private static void CheckLabelledBy(XElement root, List<string> problems)
    {
        var labelledBy = (string?)root.Attribute("aria-labelledby");
        if (labelledBy is null)
        {
            return;
        }

        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var id in labelledBy.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(id => !ids.Contains(id)))
        {
            problems.Add($"aria-labelledby names \"{id}\", which no element has");
        }
    }

    private static void CheckAttribute(XElement element, XAttribute attribute, List<string> problems)
    {
        var where = $"<{element.Name.LocalName} {attribute.Name.LocalName}>";
        if (attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where} is an event handler");
        }

        if (attribute.Name.LocalName == "style")
        {
            problems.Add($"{where} is an inline style (use presentation attributes: a strict CSP blocks inline styles)");
        }

        var isHref = attribute.Name == "href" || attribute.Name == XLink + "href";
        if (isHref && !attribute.Value.StartsWith('#'))
        {
            problems.Add($"{where} points outside the file: {attribute.Value}");
        }

        if (attribute.Value.Contains("data:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where} embeds a data: URL");
        }

        CheckUrls(attribute.Value, where, problems);
    }

    private static void CheckUrls(string text, string where, List<string> problems)
    {
        foreach (Match match in UrlReference().Matches(text))
        {
            var target = match.Groups["target"].Value.Trim('\'', '"', ' ');
            if (!target.StartsWith('#'))
            {
                problems.Add($"{where} references url({target}) outside the file");
            }
        }
    }

    [GeneratedRegex(@"url\((?<target>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlReference();
}
