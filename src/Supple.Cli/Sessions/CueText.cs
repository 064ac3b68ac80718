using Supple.Cli.Resources;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>What is spoken when a step begins.</summary>
internal static class CueText
{
    public static string For(TimelineStep step, Timeline timeline)
    {
        if (step.Kind == StepKind.Done)
        {
            return CliText.Localizer[CliText.SessionComplete];
        }

        if (step.Kind == StepKind.GetIntoPosition && step.StretchIndex >= 0 && step.StretchIndex < timeline.Stretches.Count)
        {
            return timeline.Stretches[step.StretchIndex].Name + ". " + step.Instruction;
        }

        return step.PhaseName is { } phase ? phase + ". " + step.Instruction : step.Instruction;
    }
}
