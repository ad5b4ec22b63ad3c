print("evplan")
