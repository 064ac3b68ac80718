namespace Supple.Core.Content;

/// <summary>A body position a stretch is done in. Programme files spell these in kebab-case.</summary>
public enum Position
{
    /// <summary>Standing upright (<c>standing</c>).</summary>
    Standing,

    /// <summary>Sitting upright (<c>sitting</c>).</summary>
    Sitting,

    /// <summary>On hands and knees (<c>hands-and-knees</c>).</summary>
    HandsAndKnees,

    /// <summary>Kneeling, sitting back on the heels (<c>kneeling</c>).</summary>
    Kneeling,

    /// <summary>On the floor, sitting then lying back (<c>floor</c>).</summary>
    Floor,

    /// <summary>Seated on the edge of a chair (<c>chair-edge</c>).</summary>
    ChairEdge,
}
