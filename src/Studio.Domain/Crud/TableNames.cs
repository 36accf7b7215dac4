using System.Text.Json;
using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>Zou's table name of a model: the snake_case of its Zou model name (<c>TaskStatus</c> → <c>task_status</c>).</summary>
public static class TableNames
{
    public static string Of(Type type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(ZouModel.For(type).TypeName);
}
