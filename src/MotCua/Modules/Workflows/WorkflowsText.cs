namespace MotCua.Modules.Workflows;

/// <summary>Marker for the workflows module's UI strings (WorkflowsText.resx, WorkflowsText.en.resx).</summary>
internal sealed class WorkflowsText;
