def read_table(client, table, columns=None):
    rows = client.list_rows(table, selected_fields=columns)
    return rows.to_dataframe(create_bqstorage_client=True)
