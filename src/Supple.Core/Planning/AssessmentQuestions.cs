using Supple.Core.Content;

namespace Supple.Core.Planning;

/// <summary>
/// The assessment's questions about causes and props (the warning signs are in
/// <see cref="Safety.RedFlags"/>). Keys are the property names of the answers file.
/// </summary>
public static class AssessmentQuestions
{
    /// <summary>Hours at a screen.</summary>
    public static AssessmentQuestion ScreenHours { get; } = new(
        "screenHoursPerDay", "About how many hours a day do you spend sitting at a screen?", "A whole number from 0 to 24.");

    /// <summary>Posture.</summary>
    public static AssessmentQuestion Posture { get; } = new(
        "poorPosture", "Do you often slouch, or hunch over a computer or workstation?", null);

    /// <summary>Stress.</summary>
    public static AssessmentQuestion Stress { get; } = new(
        "stress", "Do you feel stressed or tense much of the time?", null);

    /// <summary>Repetitive strain.</summary>
    public static AssessmentQuestion RepetitiveStrain { get; } = new(
        "repetitiveStrain", "Does your work or sport involve repeated lifting, carrying or the same movements over and over?", null);

    /// <summary>Injury or fall.</summary>
    public static AssessmentQuestion RecentInjury { get; } = new(
        "recentInjuryOrFall", "Have you injured your back, had an accident or had a fall recently?", null);

    /// <summary>Age-related stiffness.</summary>
    public static AssessmentQuestion AgeRelatedStiffness { get; } = new(
        "ageRelatedStiffness", "Has your back become stiffer as you have got older?", null);

    /// <summary>The props question (a list of props).</summary>
    public static AssessmentQuestion Props { get; } = new(
        "props", "What do you have where you will stretch?", "Any of: a chair, a foam roller, a towel you can roll up, room on the floor.");

    /// <summary>The red-flags question (an object with one yes/no per warning sign).</summary>
    public static AssessmentQuestion RedFlags { get; } = new(
        "redFlags", "Before you start, a few questions about warning signs.", "Every warning sign must be answered yes or no.");

    /// <summary>The cause questions, in the order asked.</summary>
    public static IReadOnlyList<AssessmentQuestion> Causes { get; } =
        [ScreenHours, Posture, Stress, RepetitiveStrain, RecentInjury, AgeRelatedStiffness];

    /// <summary>The kebab-case spelling of a prop, as in programme and answer files.</summary>
    public static string PropId(Prop prop) => prop switch
    {
        Prop.Chair => "chair",
        Prop.FoamRoller => "foam-roller",
        Prop.RolledTowel => "rolled-towel",
        Prop.FloorSpace => "floor-space",
        _ => throw new ArgumentOutOfRangeException(nameof(prop), prop, "Unknown prop."),
    };

    /// <summary>A prop in words, e.g. "a foam roller".</summary>
    public static string PropName(Prop prop) => prop switch
    {
        Prop.Chair => "a chair",
        Prop.FoamRoller => "a foam roller",
        Prop.RolledTowel => "a rolled-up towel",
        Prop.FloorSpace => "room on the floor",
        _ => throw new ArgumentOutOfRangeException(nameof(prop), prop, "Unknown prop."),
    };

    /// <summary>Finds a prop by its kebab-case id, or <c>null</c>.</summary>
    public static Prop? FindProp(string id) =>
        Enum.GetValues<Prop>().Where(p => PropId(p) == id).Select(p => (Prop?)p).FirstOrDefault();
}
