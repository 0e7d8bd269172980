namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>The TempData key under which a workflows page leaves a message for the next one.</summary>
internal static class ProcessMessages
{
    public const string Key = "WorkflowsMessage";
}
