namespace Supple.Core.Safety;

/// <summary>Everything Supple says about one warning sign.</summary>
/// <param name="Flag">The warning sign.</param>
/// <param name="Id">Its kebab-case id as used in answer files and the API.</param>
/// <param name="Question">The yes/no question that asks about it.</param>
/// <param name="Explanation">Why it matters, in plain words, as the sources put it.</param>
/// <param name="Urgency">How soon to get help.</param>
/// <param name="Sources">Where it comes from (at least one).</param>
public sealed record RedFlagInfo(
    RedFlag Flag,
    string Id,
    string Question,
    string Explanation,
    RedFlagUrgency Urgency,
    IReadOnlyList<SafetySource> Sources)
{
    private readonly string _question = Question;
    private readonly string _explanation = Explanation;

    /// <summary>The yes/no question that asks about it, in the current UI culture (English as given when untranslated).</summary>
    public string Question
    {
        get => Localized("Question", _question);
        init => _question = value;
    }

    /// <summary>Why it matters, in plain words, as the sources put it, in the current UI culture.</summary>
    public string Explanation
    {
        get => Localized("Explanation", _explanation);
        init => _explanation = value;
    }

    private string Localized(string part, string english) =>
        SafetyText.Localizer["RedFlag." + Id + "." + part] is { ResourceNotFound: false } text ? text.Value : english;
}
