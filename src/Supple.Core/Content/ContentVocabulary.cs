namespace Supple.Core.Content;

/// <summary>
/// Words every programme shares and a translation may give once for all its stretches, by key: the names of
/// positions (<c>positions.hands-and-knees</c>) and props (<c>props.foam-roller</c>), the prompts a stretch without
/// its own uses (<c>prompts.hold</c>, <c>prompts.release</c>) and how a range reads in running text (<c>range</c>,
/// e.g. "{min} to {max}"). These are the English ones.
/// </summary>
internal static class ContentVocabulary
{
    public const string RangeKey = "range";
    public const string HoldPromptKey = "prompts.hold";
    public const string ReleasePromptKey = "prompts.release";

    public static string PositionKey(Position position) => "positions." + EnumNames<Position>.Name(position);

    public static string PropKey(Prop prop) => "props." + EnumNames<Prop>.Name(prop);

    /// <summary>The English vocabulary, by key.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RangeKey] = ProgrammeTemplate.EnglishRangePattern,
        [HoldPromptKey] = ProgrammeFileReader.DefaultHoldPrompt,
        [ReleasePromptKey] = ProgrammeFileReader.DefaultReleasePrompt,
        [PositionKey(Position.Standing)] = "standing",
        [PositionKey(Position.Sitting)] = "sitting",
        [PositionKey(Position.HandsAndKnees)] = "on hands and knees",
        [PositionKey(Position.Kneeling)] = "kneeling",
        [PositionKey(Position.Floor)] = "on the floor",
        [PositionKey(Position.ChairEdge)] = "on the edge of a chair",
        [PropKey(Prop.Chair)] = "a chair",
        [PropKey(Prop.FoamRoller)] = "a foam roller",
        [PropKey(Prop.RolledTowel)] = "a rolled-up towel",
        [PropKey(Prop.FloorSpace)] = "room on the floor",
    };
}
