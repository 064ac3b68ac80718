namespace Supple.Core.Content;

/// <summary>Something a stretch needs. Programme files spell these in kebab-case.</summary>
public enum Prop
{
    /// <summary>A chair (<c>chair</c>).</summary>
    Chair,

    /// <summary>A foam roller (<c>foam-roller</c>).</summary>
    FoamRoller,

    /// <summary>A rolled-up towel (<c>rolled-towel</c>).</summary>
    RolledTowel,

    /// <summary>Room on the floor (<c>floor-space</c>).</summary>
    FloorSpace,
}
