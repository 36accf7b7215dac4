namespace Studio.Domain.Common;

/// <summary>The model name Zou serializes as <c>type</c> when it differs from the class name (a C# name that
/// would clash with a framework type, such as <c>Task</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ZouModelAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
